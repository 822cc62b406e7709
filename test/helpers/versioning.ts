/** Builders for operation families (revisions of one operation). */
import { familyEdits } from '../../src/rules/versioning/families';
import { editedSwagger } from './lint';

/** The valid fixture with the rules' documented operation family. */
export const family = (): Record<string, any> => editedSwagger(familyEdits()) as Record<string, any>;
