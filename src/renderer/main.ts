import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { api } from './lib/api.ts';
import { settings } from './lib/settings.svelte.ts';

// Theme and text size before the first frame (from the last run), then as saved in the data folder.
settings.applyCached();
void settings.load(api);
mount(App, { target: document.getElementById('app')! });
