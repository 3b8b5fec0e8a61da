import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {formatClock, totalMinutes, withClock, type TimedSection} from '@site/src/data/agenda';
import {labs} from '@site/labs/registry';
import styles from './index.module.css';

interface Block {
  readonly title: string;
  readonly sections: readonly TimedSection[];
}

/** Groups the agenda into the four parts of the afternoon, split at the break and at the project. */
function blocksOfTheAfternoon(): Block[] {
  const sections = withClock();
  const part = (from: number, to: number) => sections.filter((s) => s.number >= from && s.number <= to);
  return [
    {title: 'Docker from zero', sections: part(1, 5)},
    {title: 'Docker in your data science work', sections: part(6, 8)},
    {title: 'From notebook to API', sections: part(9, 12)},
    {title: 'A multi-container application', sections: part(13, 16)},
  ];
}

const outcomes: readonly string[] = [
  'explain what images, containers, registries and volumes are, and find your way around the Docker command line',
  'run Jupyter, your scripts and your data inside containers so that your results reproduce on any machine',
  'train a scikit-learn model in a notebook, pickle it, and serve it from a Flask-RESTful API in a container',
  'describe a whole application (nginx, a web front end, your model API and Postgres) in one Compose file and start it with one command',
];

interface StartCard {
  readonly title: string;
  readonly to: string;
  readonly text: string;
}

const startHere: readonly StartCard[] = [
  {
    title: 'Prepare',
    to: '/docs/course/before-the-tutorial',
    text: 'Install Docker and Git, get the course material and pre-pull the images before you arrive: conference WiFi is slow.',
  },
  {title: 'Read the course', to: '/docs/course/outline', text: 'The agenda minute by minute, with what each section covers.'},
  {title: 'Slides', to: '/slides', text: 'The lecture decks, to follow along or to present.'},
  {title: 'Labs', to: '/docs/labs', text: 'Five hands-on labs, each with a starter, a solution and a self-check.'},
  {title: 'Cheatsheet', to: '/docs/cheatsheet', text: 'The Docker and Compose commands of the day on one page, ready to print.'},
  {title: 'Downloads', to: '/downloads', text: 'The course material and the Docker images, to have on your laptop before you arrive.'},
];

function Hero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          Docker for Data Science
        </Heading>
        <p className={styles.heroLead}>
          A three-hour, hands-on course that takes you from your first container to a machine-learning model served from an API inside a
          multi-container application.
        </p>
        <div className={styles.heroButtons}>
          <Link className="button button--primary button--lg" to="/docs/course/before-the-tutorial">
            Get ready for the tutorial
          </Link>
          <Link className="button button--secondary button--lg" to="/docs/course/outline">
            See the outline
          </Link>
        </div>
      </div>
    </header>
  );
}

export default function Home(): ReactNode {
  const hours = totalMinutes() / 60;
  return (
    <Layout
      title="Home"
      description="A hands-on Docker course for data scientists: containers, reproducible workflows, a pickled model served by a REST API, and Docker Compose."
    >
      <Hero />
      <main className="container margin-vert--lg">
        <section className={styles.section} aria-labelledby="who">
          <Heading as="h2" id="who">
            Who this course is for
          </Heading>
          <p>
            Data scientists who want their work to run the same way on a colleague&apos;s laptop, on a server and in production. You know
            some Python and have used Jupyter notebooks. You do not need to know anything about Docker. Being at home on the command line
            and with Git helps, but every command you need is written out, for macOS, Linux and Windows.
          </p>
        </section>

        <section className={styles.section} aria-labelledby="after">
          <Heading as="h2" id="after">
            What you will be able to do afterwards
          </Heading>
          <ul>
            {outcomes.map((o) => (
              <li key={o}>You will be able to {o}.</li>
            ))}
          </ul>
        </section>

        <section className={styles.section} aria-labelledby="how">
          <Heading as="h2" id="how">
            How the {hours} hours run
          </Heading>
          <p>
            Short lectures alternate with labs at your own laptop, with a break in the middle. Every lab has a solution that our continuous
            integration builds and runs, so what you type is known to work.
          </p>
          <ol className={styles.blocks}>
            {blocksOfTheAfternoon().map((block) => {
              const first = block.sections[0];
              const last = block.sections[block.sections.length - 1];
              return (
                <li key={block.title} className={styles.block}>
                  <span className={styles.blockTime}>
                    {first && last ? `${formatClock(first.startsAt)}–${formatClock(last.endsAt)}` : ''}
                  </span>
                  <span className={styles.blockTitle}>{block.title}</span>
                  <span className={styles.blockText}>
                    {block.sections
                      .filter((s) => s.kind !== 'break')
                      .map((s) => (s.kind === 'lab' ? `Lab: ${labs.find((l) => l.id === s.lab)?.title ?? s.title}` : s.title))
                      .join(' · ')}
                  </span>
                </li>
              );
            })}
          </ol>
          <p>
            <Link to="/docs/course/outline">The full outline</Link> has every section with its minutes.
          </p>
        </section>

        <section className={styles.section} aria-labelledby="start">
          <Heading as="h2" id="start">
            Where to start
          </Heading>
          <ul className={styles.cards}>
            {startHere.map((card) => (
              <li key={card.title} className={styles.card}>
                <Link to={card.to} className={styles.cardLink}>
                  <span className={styles.cardTitle}>{card.title}</span>
                  <span className={styles.cardText}>{card.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
