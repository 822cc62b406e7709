import { runArea } from '../helpers/area';

runArea('versioning');
