/** Data the deck plugin hands to the site's pages (shared by the plugin and the browser code). */
import type {DeckId} from '../../data/agenda';

/** The plugin's name, under which pages find its global data (`usePluginData`). */
export const DECKS_PLUGIN_NAME = 'course-decks';

export interface DeckSummary {
  readonly id: DeckId;
  readonly title: string;
  readonly description: string;
}

/** The plugin's global data: the decks in agenda order. */
export interface DecksGlobalData {
  readonly decks: readonly DeckSummary[];
}
