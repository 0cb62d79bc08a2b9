// The role catalog read from content/roles, as the CLI reads it.
import { readRoleCatalog } from '../../src/node/content-files';

export const catalog = readRoleCatalog();
