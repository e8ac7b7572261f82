import stories from 'virtual:frontline/stories';

const app = document.querySelector<HTMLElement>('#app');
if (app) {
  const heading = document.createElement('h1');
  heading.textContent = 'Frontline scenarios';
  const list = document.createElement('ul');
  for (const { header } of stories) {
    const item = document.createElement('li');
    item.textContent = `${header.title} — ${header.customer} (${header.channel}, difficulty ${header.difficulty}): ${header.summary}`;
    list.append(item);
  }
  app.replaceChildren(heading, list);
}
