module.exports = require('./private-tmp').teardown;
