import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** Two sidebars: the course (reading and preparing) and the labs (doing). */
const sidebars: SidebarsConfig = {
  course: [
    'course/outline',
    'course/before-the-tutorial',
    'course/troubleshooting',
    'course/instructors',
    'course/how-this-course-is-proven',
    'course/about',
  ],
  labs: [
    {type: 'doc', id: 'labs/index', label: 'All labs'},
    'labs/01-docker-basics',
    'labs/02-workflows',
    'labs/03-model',
    'labs/04-rest-api',
    'labs/05-data-app',
  ],
};

export default sidebars;
