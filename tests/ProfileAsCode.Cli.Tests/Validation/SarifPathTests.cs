using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Validation;

/// <summary>
/// <c>validate --format sarif</c> names files as GitHub code scanning finds them in the repository: relative to the
/// repository root, forward slashes, no <c>./</c>, percent-encoded, with <c>%SRCROOT%</c> resolved by originalUriBaseIds.
/// </summary>
public class SarifPathTests
{
    /// <summary>A profile with one error (PayloadVersion 2), so there is a result to locate.</summary>
    private static PlistDictionary Wrong() => Corpus.UnknownDomain().SetItem("PayloadVersion", 2L);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InARepository_UrisAreRelativeToItsRoot_FromASubfolder(bool gitIsAFile)
    {
        using var repo = new TempDirectory();
        if (gitIsAFile)
        {
            // A worktree or submodule: .git is a file naming the real git folder.
            File.WriteAllText(repo.File(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
        }
        else
        {
            Directory.CreateDirectory(repo.File(".git"));
        }

        var exports = Path.Combine(repo.Path, "profiles", "exports");
        Directory.CreateDirectory(exports);
        var file = Path.Combine(exports, "my profilé #1.mobileconfig");
        File.WriteAllBytes(file, PropertyListSerializer.WriteXml(Wrong()));

        var run = RealTool.Run(["validate", "--format", "sarif", "./exports"], Path.Combine(repo.Path, "profiles"));

        Assert.Equal(1, run.ExitCode);
        var (baseUri, locations) = Locations(run.Stdout);
        Assert.Equal(new Uri(repo.Path + "/").AbsoluteUri, baseUri);
        Assert.All(locations, l => Assert.Equal(("profiles/exports/my%20profil%C3%A9%20%231.mobileconfig", "%SRCROOT%"), l));
        Assert.Equal([file], ResolvedByPython(run.Stdout, repo));
    }

    [Fact]
    public void OutsideAnyRepository_UrisAreRelativeToTheCurrentFolder()
    {
        using var dir = new TempDirectory();
        Assert.False(Ancestors(dir.Path).Any(d => Path.Exists(Path.Combine(d, ".git"))), "the temp folder must not be inside a repository");
        CorpusFiles.Xml(dir, "wrong.mobileconfig", Wrong());

        var run = RealTool.Run(["validate", "--format", "sarif", "wrong.mobileconfig"], dir.Path);

        var (baseUri, locations) = Locations(run.Stdout);
        Assert.Equal(new Uri(dir.Path + "/").AbsoluteUri, baseUri);
        Assert.All(locations, l => Assert.Equal(("wrong.mobileconfig", "%SRCROOT%"), l));
    }

    [Fact]
    public void AFileOutsideTheRoot_IsAnAbsoluteFileUri_WithoutBaseId()
    {
        using var repo = new TempDirectory();
        using var elsewhere = new TempDirectory();
        Directory.CreateDirectory(repo.File(".git"));
        var file = CorpusFiles.Xml(elsewhere, "wrong.mobileconfig", Wrong());

        var run = RealTool.Run(["validate", "--format", "sarif", file], repo.Path);

        var (_, locations) = Locations(run.Stdout);
        Assert.All(locations, l => Assert.Equal((new Uri(file).AbsoluteUri, (string?)null), l));
        Assert.Equal([file], ResolvedByPython(run.Stdout, repo));
    }

    [Fact]
    public void Rules_CarryWhatGitHubCodeScanningRequires()
    {
        using var dir = new TempDirectory();
        CorpusFiles.Xml(dir, "wrong.mobileconfig", Wrong());

        var run = RealTool.Run(["validate", "--format", "sarif", "wrong.mobileconfig"], dir.Path);

        using var sarif = JsonDocument.Parse(run.Stdout);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            // "SARIF support for code scanning" (docs.github.com): id, shortDescription.text, fullDescription.text and help.text are required, none empty.
            Assert.Matches("^PAC[0-9]{4}$", rule.GetProperty("id").GetString());
            Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()!);
            Assert.Contains($"docs/rules/{rule.GetProperty("id").GetString()}.md", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        });
    }

    private static (string BaseUri, List<(string Uri, string? BaseId)> Locations) Locations(string sarifText)
    {
        using var sarif = JsonDocument.Parse(sarifText);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        var locations = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(a => (a.GetProperty("uri").GetString()!, a.TryGetProperty("uriBaseId", out var id) ? id.GetString() : null))
            .ToList();
        Assert.NotEmpty(locations);
        return (baseUri, locations);
    }

    /// <summary>Python's urllib resolves each result's URI (against its base id, as SARIF says) to a file path: an independent reading.</summary>
    private static string[] ResolvedByPython(string sarifText, TempDirectory scratch)
    {
        var log = scratch.File("log.sarif");
        File.WriteAllText(log, sarifText);
        var python = Processes.Checked("python3", "-c",
            "import json, sys, urllib.parse, urllib.request\n" +
            "run = json.load(open(sys.argv[1]))['runs'][0]\n" +
            "bases = {k: v['uri'] for k, v in run.get('originalUriBaseIds', {}).items()}\n" +
            "for r in run['results']:\n" +
            "    a = r['locations'][0]['physicalLocation']['artifactLocation']\n" +
            "    url = urllib.parse.urljoin(bases[a['uriBaseId']], a['uri']) if 'uriBaseId' in a else a['uri']\n" +
            "    print(urllib.request.url2pathname(urllib.parse.urlparse(url).path))",
            log);
        return python.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var d = new DirectoryInfo(path); d is not null; d = d.Parent)
        {
            yield return d.FullName;
        }
    }
}
