module.exports = require('./private-tmp').setup;
