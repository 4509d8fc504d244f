// Copies non-TypeScript assets next to the build output. Nothing to copy yet: the built-in
// library is read from packages/language/builtin/ by both the sources and the build.
