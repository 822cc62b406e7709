import { runArea } from '../helpers/area';

runArea('paths');
