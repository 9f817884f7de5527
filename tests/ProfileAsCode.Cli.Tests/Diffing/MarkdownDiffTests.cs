using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Diffing.DiffFixtures;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Diffing;

/// <summary>
/// <c>diff --format markdown</c>: a table per profile for a pull request. Values come from profiles, so they are
/// hostile here; Markdig (CommonMark with GitHub's pipe tables and autolinks) renders the result as a reader sees it.
/// </summary>
public class MarkdownDiffTests
{
    internal static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Fact]
    public void Folders_GiveAHeadingAndATablePerProfile()
    {
        using var dir = new TempDirectory();
        Folder(dir, "old", ("app.mobileconfig", App("App", Dict(("Server", "a.contoso.com"), ("Port", 443L)))));
        Folder(dir, "new",
            ("app.mobileconfig", App("App v2", Dict(("Server", "b.contoso.com"), ("Mode", "fast")), payloadUuid: "5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F12")),
            ("fresh.mobileconfig", Other("com.contoso.fresh", "8C0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10")));

        var run = RealTool.Run(["diff", "old", "new", "--format", "markdown"], dir.Path);

        Assert.Equal(1, run.ExitCode);
        // Written by hand: every ASCII punctuation character of profile text is backslash-escaped.
        Assert.Equal(
            """
            ### Configuration profiles: 1 changed, 1 added, 0 removed, 0 unchanged

            #### Changed: com\.contoso\.app

            old: old\/app\.mobileconfig  
            new: new\/app\.mobileconfig

            | payload | key | old | new | on the Mac |
            | --- | --- | --- | --- | --- |
            | \(profile\) | PayloadDisplayName | \"App\" | \"App v2\" | profile replaced |
            | com\.example\.app \(payload 1\) | Mode |  | \"fast\" | removed and reinstalled \(PayloadUUID changed\: \"5A0C7A57\-8B7B\-4C0E\-9D52\-2E4D8E0A1F11\" → \"5A0C7A57\-8B7B\-4C0E\-9D52\-2E4D8E0A1F12\"\) |
            | com\.example\.app \(payload 1\) | Port | 443 |  | removed and reinstalled |
            | com\.example\.app \(payload 1\) | Server | \"a\.contoso\.com\" | \"b\.contoso\.com\" | removed and reinstalled |

            #### Added: com\.contoso\.fresh

            new: new\/fresh\.mobileconfig

            | payload | key | old | new | on the Mac |
            | --- | --- | --- | --- | --- |
            | com\.example\.other \(payload 1\) |  |  |  | installed |

            """,
            run.Stdout);

        var html = Markdown.ToHtml(run.Stdout, Gfm);
        Assert.Equal(2, Regex.Count(html, "<table>"));
        var rows = Rows(html);
        Assert.Equal(7, rows.Count);
        Assert.Equal(
            ["com.example.app (payload 1)", "Mode", "", "\"fast\"", "removed and reinstalled (PayloadUUID changed: \"5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F11\" → \"5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F12\")"],
            rows[2]);
    }

    [Fact]
    public void TwoFiles_WithoutDifferences_SayNoDifferences()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "a.mobileconfig", App("App", Dict(("Server", "a"))));

        var run = CliRun.Of("diff", file, file, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("### Configuration profiles: 0 changed, 0 added, 0 removed, 1 unchanged\n\nNo differences.\n", run.Stdout);
    }

    public static TheoryData<string, string> HostileValues() => new()
    {
        // value in the profile → the cell's text as rendered (the diff's one-line form: C# escapes, quotes)
        { "a|b|c", "\"a|b|c\"" },
        { "`code` ``x``", "\"`code` ``x``\"" },
        { "<script>alert(1)</script>", "\"<script>alert(1)</script>\"" },
        { "<img src=x onerror=alert(1)>", "\"<img src=x onerror=alert(1)>\"" },
        { "line1\n| --- | --- |\nline3\r", "\"line1\\n| --- | --- |\\nline3\\r\"" },
        { "\u001b[31mred\u202Eexe.txt", "\"\\u001B[31mred\\u202Eexe.txt\"" },
        { "[x](javascript:alert(1)) ![i](http://e.example/i.png)", "\"[x](javascript:alert(1)) ![i](http://e.example/i.png)\"" },
        { "https://evil.example www.evil.example a@evil.example", "\"https://evil.example www.evil.example a@evil.example\"" },
        { "**bold** _it_ ~~s~~ # h", "\"**bold** _it_ ~~s~~ # h\"" },
        { "&lt; &amp; \\| \\", "\"&lt; &amp; \\\\| \\\\\"" },
        { new string('x', 500), "\"" + new string('x', 118) + "…" },
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void HostileValues_StayInTheirCell_AsText(string value, string shown)
    {
        using var dir = new TempDirectory();
        // Binary: XML 1.0 cannot carry U+001B, a binary plist can.
        var old = dir.Write("old.mobileconfig", PropertyListSerializer.WriteBinary(App("App", Dict(("k", value)))));
        var @new = dir.Write("new.mobileconfig", PropertyListSerializer.WriteBinary(App("App", Dict(("k", "ok")))));

        var markdown = CliRun.Of("diff", old, @new, "--format", "markdown").Stdout;

        AssertEveryRowHasFiveCells(markdown);
        var html = Markdown.ToHtml(markdown, Gfm);
        AssertNoMarkup(html);
        var rows = Rows(html);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["com.example.app (payload 1)", "k", shown, "\"ok\"", "updated in place"], rows[1]);
    }

    [Fact]
    public void HostileKeysAndIdentifiers_StayText_Too()
    {
        using var dir = new TempDirectory();
        const string Identifier = "com.contoso.<b>x</b>|[y](http://e.example)";
        PlistDictionary Profile(long value) => App("App", Dict(("key|<i>\n", value))).SetItem("PayloadIdentifier", Identifier);
        var old = dir.Write("old.mobileconfig", PropertyListSerializer.WriteBinary(Profile(1)));
        var @new = dir.Write("new.mobileconfig", PropertyListSerializer.WriteBinary(Profile(2)));

        var markdown = CliRun.Of("diff", old, @new, "--format", "markdown").Stdout;

        AssertEveryRowHasFiveCells(markdown);
        var html = Markdown.ToHtml(markdown, Gfm);
        AssertNoMarkup(html);
        Assert.Equal("Changed: com.contoso.<b>x</b>|[y](http://e.example)", WebUtility.HtmlDecode(Regex.Match(html, "<h4[^>]*>(.*?)</h4>").Groups[1].Value));
        Assert.Equal(["com.example.app (payload 1)", "key|<i>\\u000A", "1", "2", "updated in place"], Rows(html)[1]);
    }

    /// <summary>The structural check that needs no parser: in every table line, the same number of unescaped pipes.</summary>
    internal static void AssertEveryRowHasFiveCells(string markdown)
    {
        var tableLines = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.NotEmpty(tableLines);
        Assert.All(tableLines, line => Assert.Equal(6, Regex.Count(line, @"(?<!\\)(?:\\\\)*\|")));
    }

    /// <param name="alsoAllowed">Tags the renderer itself writes besides headings, paragraphs and tables (jamf plan's lists).</param>
    internal static void AssertNoMarkup(string html, params string[] alsoAllowed)
    {
        var tags = Regex.Matches(html, "<([a-z0-9]+)").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Subset(new HashSet<string>(["h3", "h4", "p", "br", "table", "thead", "tbody", "tr", "th", "td", .. alsoAllowed]), tags.ToHashSet());
    }

    /// <summary>Each table row's cells as plain text (the cells hold no tags: <see cref="AssertNoMarkup"/>).</summary>
    internal static List<string[]> Rows(string html) =>
        Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(row => Regex.Matches(row.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())
            .ToList();
}
