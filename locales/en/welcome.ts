/** The first-run page, opened once when the extension is installed. */
export default {
  'welcome.title': 'Welcome to WeChat Exit Planner',
  'welcome.intro':
    'Once WeChat is deleted, every site you log in to with “WeChat login” is locked. Settle them one by one while you still can; the extension helps in three steps:',
  'welcome.step.find.title': 'Find the sites:',
  'welcome.step.find':
    'when a page opens WeChat login, the extension notes the site for you to confirm. You can also flag the current site from the toolbar button, or scan your browsing history.',
  'welcome.step.switch.title': 'Switch each one:',
  'welcome.step.switch':
    'in each site’s account settings, add a phone number, e-mail or password, then mark the site “Rebound” on the list.',
  'welcome.step.delete.title': 'Prepare the deletion:',
  'welcome.step.delete':
    'work through the checklist of WeChat’s preconditions. During the 60-day cooling-off period after you apply, logging in anywhere with WeChat means logging in to WeChat, which very probably cancels the deletion; once you record the day you applied in the popup, the extension replaces WeChat’s login page with a warning for those days.',
  'welcome.start':
    'To start now, use what follows: the browser asks for a permission only when you click its button. Or skip it; all of this is on the options page too.',
  'welcome.skip': 'Skip and close this page',
  'welcome.list': 'Open the site list',
} as const;
