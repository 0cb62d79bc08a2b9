// Short labels of the sources, handed to islands by their page: the full registry (citations,
// addresses) stays out of the browser bundle; the /sources page has it all.
import { createContext } from 'preact';

export type SourceLabels = Record<string, string>;

export const SourceLabelsContext = createContext<SourceLabels>({});
