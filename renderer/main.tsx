import { startRemit } from './app/start.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
startRemit(root);
