import { runArea } from '../helpers/area';

runArea('script');
