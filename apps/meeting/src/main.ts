import '@digikokous/components/define-all.js';
import './app.js';
