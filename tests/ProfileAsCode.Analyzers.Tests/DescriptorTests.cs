using ProfileAsCode.Analyzers.Tests.Infrastructure;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>Descriptors come from the one rule table, link to a rule page that exists, and match the release files.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public void EveryDescriptor_LinksToItsRulePage_WhichExists()
    {
        var descriptors = AllAnalyzers.Create().SelectMany(analyzer => analyzer.SupportedDiagnostics).ToList();
        Assert.NotEmpty(descriptors);
        foreach (var descriptor in descriptors)
        {
            Assert.Equal(RuleCatalog.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot.Path, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id}: help link points at {page}, which does not exist");
        }
    }

    [Fact]
    public void EveryRuleTheEditorCanDecide_HasAnAnalyzer()
    {
        var supported = AllAnalyzers.Create().SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        var expected = RuleCatalog.All.Where(rule => rule.Category != RuleCatalog.BuildCategory).Select(rule => rule.Id);
        Assert.Empty(expected.Except(supported));
    }

    [Fact]
    public void Descriptors_MatchTheRuleTable()
    {
        foreach (var descriptor in AllAnalyzers.Create().SelectMany(analyzer => analyzer.SupportedDiagnostics))
        {
            var rule = RuleCatalog.Find(descriptor.Id);
            Assert.NotNull(rule);
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
        }
    }

    // RS2002 cannot see descriptors built from RuleCatalog at run time, so this does its job.
    [Fact]
    public void ReleaseFiles_ListEveryAnalyzerRule_WithItsCategoryAndSeverity()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "ProfileAsCode.Analyzers");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("PAC", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0]);
        var expected = RuleCatalog.All.Where(rule => rule.Category != RuleCatalog.BuildCategory).ToList();
        Assert.Equal(expected.Select(rule => rule.Id).Order(), rows.Keys.Order());
        foreach (var rule in expected)
        {
            Assert.Equal((rule.Category, rule.DefaultSeverity.ToString()), (rows[rule.Id][1], rows[rule.Id][2]));
        }
    }
}
