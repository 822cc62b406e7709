import certified from './certified';

/** The default export is the certified (verified publisher) profile. */
export default certified;
