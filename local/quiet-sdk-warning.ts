// Imported first by the local entry points: the AWS SDK warns on Node 20 at client creation
// (ENGINEERING.md trap 12); silence just that warning (both of its switches), not others.
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
