import type {ReactNode} from 'react';
import {presenterData, type PresenterData} from '@site/src/data/presenter';

interface Props {
  /** Defaults to the course's one presenter file, `src/data/presenter.ts`. */
  readonly data?: PresenterData;
}

/** The people presenting, and how to reach them: the welcome deck's presenter slide, from the data file. */
export default function Presenters({data = presenterData}: Props): ReactNode {
  return (
    <div className="deck-presenters" data-testid="presenters">
      <ul className="deck-presenters__list">
        {data.presenters.map((presenter) => (
          <li key={presenter.name}>
            <strong className="deck-presenters__name">{presenter.name}</strong>
            {presenter.affiliation && <span className="deck-presenters__affiliation">{presenter.affiliation}</span>}
          </li>
        ))}
      </ul>
      {data.contact && (
        <p className="deck-presenters__contact">
          After the tutorial: <a href={data.contact.href}>{data.contact.label}</a>
        </p>
      )}
    </div>
  );
}
