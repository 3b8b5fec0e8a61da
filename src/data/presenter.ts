/**
 * Who presents the course: the "Your presenters" slide of the welcome deck (/slides/welcome) is
 * written from this file, and from nowhere else.
 *
 * PRESENTING THIS COURSE? Edit this file before your tutorial: replace the entries of `presenters`
 * with yourselves (one entry per person, in the order you introduce yourselves) and set `contact`
 * to where the room can reach you afterwards. Then rebuild the site (`npm run build`). Nothing else
 * needs to change; slides/README.md says the same.
 *
 * Until someone edits it, the file names the course's original authors, with their affiliations
 * as given in their PyCon 2018 tutorial proposal, and the course repository as the contact: true
 * statements about the material, not placeholders.
 */

export interface Presenter {
  /** The name as it should appear on the slide. */
  readonly name: string;
  /** Employer, university or community, in a few words; leave it out to show the name alone. */
  readonly affiliation?: string;
}

export interface Contact {
  /** What the slide shows, e.g. "jane@example.org" or "github.com/jane". */
  readonly label: string;
  /** Where the link goes: a `https://` or `mailto:` address. */
  readonly href: string;
}

export interface PresenterData {
  /** At least one person. */
  readonly presenters: readonly Presenter[];
  /** One way to reach the presenters after the tutorial, or `null` to show none. */
  readonly contact: Contact | null;
}

export const presenterData: PresenterData = {
  presenters: [
    {name: 'Aly Sivji', affiliation: 'Analyte Health, in 2018'},
    {name: 'Joe Jasinski', affiliation: 'Imaginary Landscape and co-organizer of ChiPy, in 2018'},
    {name: 'Tathagata Dasgupta', affiliation: 'HERE Technologies and organizer of ChiPy, in 2018'},
  ],
  contact: {
    label: 'github.com/docker-for-data-science/docker-for-data-science',
    href: 'https://github.com/docker-for-data-science/docker-for-data-science',
  },
};

/** The slide's heading, singular or plural. */
export function presenterHeading(data: PresenterData = presenterData): string {
  return data.presenters.length === 1 ? 'Your presenter' : 'Your presenters';
}
