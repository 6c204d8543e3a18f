/** The language: switching it, remembering it, and following the browser's on a first visit. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_ANSWERS } from '../../src/app/default-answers';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../../src/components/i18n';
import { recommend, strategyName } from '../../src/engine';

const english = recommend(DEFAULT_ANSWERS);
const chinese = recommend(DEFAULT_ANSWERS, { locale: 'zh-CN' });

function renderApp() {
  return render(
    <I18nProvider storage={window.localStorage}>
      <App />
    </I18nProvider>,
  );
}

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'en';
});

describe('the language', () => {
  it('switches the questionnaire, the verdict and the reasons to 简体中文, and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 2, name: `Recommended strategy: ${strategyName(english.strategy)}` });
    expect(screen.getByRole('heading', { name: 'Where your clusters run' })).toBeInTheDocument();

    const switcher = screen.getByRole('group', { name: 'Language / 语言' });
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: '简体中文' }));

    expect(await screen.findByRole('heading', { name: '您的集群运行在哪里' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '时延与团队' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '可接受的最高往返时延' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: new RegExp(`^推荐策略：\\s*${escapeRegExp(strategyName(chinese.strategy, 'zh-CN'))}$`),
      }),
    ).toBeInTheDocument();
    const weighing = chinese.factors.find((factor) => factor.favors !== 'neutral');
    expect(weighing).toBeDefined();
    expect(await screen.findByText(weighing?.explanation ?? '')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Where your clusters run' })).not.toBeInTheDocument();
    // Chinese sets no space between two ideographs or beside its full-width punctuation (a Latin name gets spaces).
    const cjk = '[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
    const stray = () =>
      [
        ...(document.getElementById('result')?.textContent ?? '').matchAll(
          new RegExp(`.{0,12}${cjk} +${cjk}.{0,12}`, 'g'),
        ),
      ].map((match) => match[0]);
    // Once the result has settled (the what-ifs come from their worker a moment later).
    await waitFor(() => expect(stray()).toEqual([]));

    expect(within(switcher).getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    // Set in an effect, which may run just after the Chinese text is on the page.
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });

  it('states a field problem in Chinese', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    const user = userEvent.setup();
    renderApp();
    const clusters = await screen.findByRole('textbox', { name: /^集群数\s*（Asia Pacific \(Tokyo\)）$/ });
    await user.clear(clusters);
    await user.type(clusters, '0');
    expect(await screen.findByText('集群数必须是 1 到 10000 之间的整数。')).toBeInTheDocument();
    expect((await screen.findByText('尚未更新。')).closest('[role="status"]')).toHaveTextContent(
      'Asia Pacific (Tokyo) 的集群数：集群数必须是 1 到 10000 之间的整数。',
    );
  });

  it('finds cloud regions by their Chinese place names and shows where they are in Chinese', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    const user = userEvent.setup();
    renderApp();
    // The example's Tokyo region, located in Chinese under the provider's own region name.
    expect(await screen.findByText('AWS · ap-northeast-1 · 日本东京')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: '添加云区域' }), '法兰克福');
    const options = within(screen.getByRole('listbox', { name: '匹配的区域' })).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) expect(option).toHaveTextContent('德国法兰克福');
    expect(options[0]).toHaveTextContent('Europe (Frankfurt)');
  });

  it('starts in Chinese when the browser prefers Chinese', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'en']);
    renderApp();
    expect(await screen.findByRole('heading', { name: '您的集群运行在哪里' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
    // Set in an effect, which may run just after the Chinese text is on the page.
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });

  it('keeps a remembered English choice over a Chinese browser', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 2, name: `Recommended strategy: ${strategyName(english.strategy)}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Where your clusters run' })).toBeInTheDocument();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
