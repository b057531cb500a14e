// The embed example: registers <wenxi-annotate>. In a project that installed the npm package,
// this line is `import 'wenxi/element';`.
import './element.js';
