import { runArea } from '../helpers/area';

runArea('document');
