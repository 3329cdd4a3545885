import { startRemit } from './app/start.js';
import { initAppearance } from './ui/appearance.js';
import './styles.css';

// The theme and density apply before the first paint (no light flash for a dark-theme user).
initAppearance();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
startRemit(root);
