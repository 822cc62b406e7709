import { runArea } from '../helpers/area';

runArea('readme');
