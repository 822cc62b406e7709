import { runArea } from '../helpers/area';

runArea('files');
