import { describe, expect, it } from '@jest/globals';
import { feedJtlXml } from '../../../src/results/jmeter/jtl-xml.js';
import type { Run } from '../../../src/results/model.js';
import { RunBuilder } from '../../../src/results/raw/run-builder.js';
import { corpusPath, describeCorpus } from '../files.js';
import { read, tempFile } from '../raw/temp.js';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<testResults version="1.2">
<httpSample t="120" lt="40" ts="1000" s="true" lb="GET /home?x=1&amp;y=2" rc="200" rm="OK" tn="TG 1-1" dt="text" na="3">
  <httpSample t="30" ts="1010" s="false" lb="/logo.png" rc="404" rm="Not Found" dt="bin"/>
  <responseData class="java.lang.String">&lt;html&gt; a &quot;body&quot; with &lt;tags&gt; &amp; a "> </responseData>
</httpSample>
<!-- a comment with <httpSample t="9" s="true" lb="fake"/> inside -->
<sample t="500" ts="2000" s="false" lb="Checkout TC" rc="" rm="Number of samples in transaction : 2, number of failing samples : 1" dt="">
  <httpSample t="200" ts="2000" s="true" lb="cart" rc="200" rm="OK" dt="text" na="3"/>
  <httpSample t="300" ts="2200" s="false" lb="pay" rc="502" rm="Bad Gateway" dt="text" na="3">
    <httpSample t="290" ts="2200" s="false" lb="pay-redirect" rc="502" dt="text"/>
    <assertionResult><name>code</name><failure>true</failure><error>false</error><failureMessage>expected 200</failureMessage></assertionResult>
  </httpSample>
</sample>
<sample t="7" ts="25000" s="true" lb="batch" sc="4" ec="1" dt="text"/>
</testResults>
`;

/** The run and messages of `text` fed in chunks of `size` characters. */
async function feedInChunks(text: string, size: number): Promise<{ run: Run; messages: string[] }> {
  async function* chunks(): AsyncIterable<string> {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const builder = new RunBuilder({
    tool: 'jmeter',
    format: 'jmeter-jtl-xml',
    latencyKind: 'total',
    stamps: 'start',
  });
  await feedJtlXml(chunks(), 'r.jtl', builder);
  const run = JSON.parse(JSON.stringify(builder.build())) as Run;
  return { run, messages: builder.diagnostics.map((d) => d.message) };
}

describe('JMeter XML JTL', () => {
  it('reads the same samples whatever the chunks, comments and CDATA split across them', async () => {
    expect.hasAssertions();
    const text = XML.replace(
      '</testResults>',
      '<httpSample t="8" ts="26000" s="true" lb="cdata"><responseData><![CDATA[ <httpSample lb="no"/> ]]]]></responseData></httpSample>\n</testResults>',
    );
    const whole = await feedInChunks(text, text.length);
    expect(whole.run.endpoints.map((e) => e.name)).toContain('cdata');
    expect(whole.run.endpoints.map((e) => e.name)).not.toContain('fake');
    for (const size of [1, 2, 3, 7, 64]) expect(await feedInChunks(text, size)).toEqual(whole);
  });

  it('stops at a tag that never ends (over 1 MiB), keeping the samples before it, without holding the rest', async () => {
    expect.hasAssertions();
    const text = `<testResults version="1.2">\n<httpSample t="5" ts="1000" s="true" lb="a" rc="200"/>\n<httpSample t="5" lb="${'x'.repeat(3 << 20)}`;
    const { run, messages } = await feedInChunks(text, 65536);
    expect(run.overall.count).toBe(1);
    expect(messages).toEqual([
      'The tag at character 84 runs on for over 1 MiB: this is no JMeter XML JTL past that point. The samples before it were read.',
    ]);
  });

  it('skips a comment that never ends without keeping it, and says the file ends early', async () => {
    expect.hasAssertions();
    const text = `<testResults version="1.2">\n<httpSample t="5" ts="1000" s="true" lb="a" rc="200"/>\n<!-- ${'-'.repeat(3 << 20)}`;
    const { run, messages } = await feedInChunks(text, 65536);
    expect(run.overall.count).toBe(1);
    expect(messages).toEqual([
      'The file ends before </testResults>: JMeter was probably stopped while writing. The complete samples before the cut were read.',
    ]);
  });

  it('counts top-level samples and the children of Transaction Controller parents, never sub-results', async () => {
    const { run, diagnostics } = await read(tempFile('r.jtl', XML));
    expect(diagnostics).toEqual([]);
    expect(run?.endpoints.map((e) => [e.name, e.kind, e.count, e.errors])).toEqual([
      ['batch', undefined, 4, 1],
      ['Checkout TC', 'transaction', 1, 1],
      ['GET /home?x=*&y=*', undefined, 1, 0],
      ['cart', undefined, 1, 0],
      ['pay', undefined, 1, 1],
    ]);
    expect(run?.overall).toMatchObject({ count: 7, errors: 2, errorsByKind: { 'HTTP 502': 1, failed: 1 } });
    expect(run?.profile.maxVUs).toBe(3);
    expect(run?.series?.map((w) => w.count)).toEqual([3, 4]);
  });

  it('keeps the complete samples of a file cut before </testResults>, with a warning', async () => {
    const cut = XML.slice(0, XML.indexOf('<sample t="7"') + 20);
    const { run, diagnostics } = await read(tempFile('cut.jtl', cut));
    expect(run?.overall.count).toBe(3);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/ends before <\/testResults>/),
      }),
    ]);
  });
});

describeCorpus('JMeter XML JTL corpus', () => {
  it('sample_log1c.jtl: 2,000 httpSamples, two labels', async () => {
    const { run, diagnostics } = await read(corpusPath('jmeter', 'apache__jmeter__sample_log1c.xml.jtl'));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 2000, errors: 0 });
    expect(run?.endpoints.map((e) => [e.name, e.count])).toEqual([
      ['jakarta_home', 1000],
      ['jmeter_home', 1000],
    ]);
  });

  it('resource_tc.jtl: requests nested in Transaction Controllers, embedded resources not counted', async () => {
    const { run } = await read(corpusPath('jmeter', 'Blazemeter__taurus__resource_tc.xml.jtl'));
    expect(run?.overall).toMatchObject({ count: 14, errors: 14 });
    expect(run?.endpoints.filter((e) => e.kind === 'transaction').reduce((n, e) => n + e.count!, 0)).toBe(3);
  });

  it('Bug52968.xml: no elapsed times saved, still counts requests and errors', async () => {
    const { run, diagnostics } = await read(corpusPath('jmeter', 'apache__jmeter__Bug52968.xml.jtl'));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 54, errors: 18, latency: {} });
  });

  it('simple.error.jtl: error JTL with response bodies and assertion results', async () => {
    const { run } = await read(corpusPath('jmeter', 'Blazemeter__taurus__simple.error.xml.jtl'));
    expect(run?.overall).toMatchObject({ count: 3, errors: 3, errorsByKind: { 'HTTP 404': 3 } });
  });
});
