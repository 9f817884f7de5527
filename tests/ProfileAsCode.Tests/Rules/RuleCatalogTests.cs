using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.Rules;

public sealed class RuleCatalogTests
{
    public static TheoryData<string> Ids => new(RuleCatalog.All.Select(r => r.Id));

    [Fact]
    public void IdsAreUniqueAndInOrder()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        Assert.All(RuleCatalog.All, r => Assert.Same(r, RuleCatalog.Find(r.Id)));
    }

    [Fact]
    public void TitlesAreOneLineWithoutTrailingPeriod()
    {
        Assert.All(RuleCatalog.All, r => Assert.False(r.Title.EndsWith('.') || r.Title.Contains('\n'), r.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryRuleHasADocPageWithItsSeverityAndEditorConfigLine(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), page + " is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": ", text);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", text);
        Assert.Contains(rule.DefaultSeverity.ToString().ToLowerInvariant(), text.ToLowerInvariant());
        Assert.Contains("](" + id + ".md)", File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md")));
        Assert.EndsWith(id + ".md", rule.HelpLink);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryRulePageListsPublicSourcesAndWhereItDoesNotApply(string id)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));

        var sources = text.IndexOf("\n## Sources\n", StringComparison.Ordinal);
        Assert.True(sources >= 0, id + ": no Sources section");
        var list = text[sources..].Split("\n## ", 3, StringSplitOptions.None)[1];
        Assert.Contains("<https://", list, StringComparison.Ordinal);
        Assert.All(list.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)), line => Assert.Contains("https://", line, StringComparison.Ordinal));
        Assert.Matches(@"\n\*\*Does not apply to:\*\* \S", text);
        Assert.DoesNotContain("](README.md#sources)", text, StringComparison.Ordinal); // no private source tags
        Assert.DoesNotMatch(@"\[(LJ|DJ|MS|JC|KD|GH)-[A-Z0-9.-]+\]", text);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProfileAsCode.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ProfileAsCode.sln not found above " + AppContext.BaseDirectory);
    }
}
