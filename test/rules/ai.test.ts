import { runArea } from '../helpers/area';

runArea('ai');
