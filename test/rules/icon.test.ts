import { runArea } from '../helpers/area';

runArea('icon');
