using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProfileAsCode.Analyzers.Tests.Robustness;

/// <summary>
/// Issue 13, item 11: every analyzer and code fix over unusual sources and over realistic files cut mid-typing at many
/// points. An analyzer exception surfaces as AD0001 in every build and keystroke; none may occur, and each source is
/// analyzed in bounded time.
/// </summary>
public sealed class AnalyzerCrashCorpusTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerSource = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Unusual => new(UnusualSources.All().Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Unusual))]
    public async Task UnusualSource_IsAnalyzedAndFixedWithoutAnException(string name)
    {
        var source = UnusualSources.All().Single(s => s.Name == name).Source;

        var outcome = await CrashCheck.RunAsync(source);

        AssertClean(name, outcome);
    }

    [Fact]
    public async Task ConstantsFromAnotherAssembly_AreRead()
    {
        var constants = CrashCheck.Library("""
            public static class External
            {
                public const string Tenant = "common";
                public const string Domain = "com.c.external";
                public const string Key = "OIDCTenant";
                public const int Number = 5;
                public static readonly string NotConstant = "x";
                public const string Empty = "";
                public const string? Null = null;
            }
            public enum ExternalEnum { A = 1, B = 1 }
            """);
        var source = """
            using System.Collections.Generic;
            using ProfileAsCode;
            using ProfileAsCode.JamfConnect;
            namespace C;
            [ConfigurationProfile(External.Domain, DisplayName = External.Null, Description = External.Empty)]
            public sealed record P
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcTenant = External.Tenant, OidcClientId = External.NotConstant, RopgTenant = External.Null,
                    AdditionalKeys = new Dictionary<string, object?> { [External.Key] = External.Tenant, ["n"] = External.Number, ["e"] = ExternalEnum.B },
                };
                public Custom C { get; init; } = new() { Value = External.Tenant, Kind = ExternalEnum.A };
            }
            [PreferenceDomain(External.Domain)] public sealed record Custom { [PayloadKey(External.Key)] public string? Value { get; init; } [PayloadKey(External.Empty)] public ExternalEnum? Kind { get; init; } }
            """;

        var outcome = await CrashCheck.RunAsync(source, [constants]);

        AssertClean("constants from another assembly", outcome);
        Assert.True(outcome.Diagnostics > 0, "the tenant 'common' from another assembly's constant should be found");
    }

    private const string Sample = "samples/JamfConnect.EntraId/ContosoJamfConnect.cs";
    private const string SampleValues = "samples/JamfConnect.EntraId/ContosoEntra.cs";

    public static TheoryData<string> RealisticFiles => new([Sample, SampleValues, "tests/Shared/DocumentedSetups/EntraAdfsHybrid.cs", "tests/Shared/DocumentedSetups/OktaClassic.cs"]);

    /// <summary>The file, and what it needs to compile beside it (the sample's records and its values are two files).</summary>
    private static (string Text, string[] Companion) Load(string file)
    {
        var companion = file switch
        {
            Sample => SampleValues,
            SampleValues => Sample,
            _ => null,
        };
        return (File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)), companion is null ? [] : [File.ReadAllText(Path.Combine(RepositoryRoot.Path, companion))]);
    }

    /// <summary>Every prefix of a realistic file cut at 60 points (every line end in the first lines, then evenly): code mid-typing.</summary>
    [Theory]
    [MemberData(nameof(RealisticFiles))]
    public async Task RealisticFile_CutMidTyping_IsAnalyzedWithoutAnException(string file)
    {
        var (text, companion) = Load(file);
        var cuts = Cuts(text, 60).ToList();
        var diagnostics = 0;
        var fixes = 0;
        var slowest = TimeSpan.Zero;
        foreach (var cut in cuts)
        {
            var outcome = await CrashCheck.RunAsync(text[..cut], companions: companion);
            AssertClean($"{file} cut at {cut}", outcome, quiet: true);
            diagnostics += outcome.Diagnostics;
            fixes += outcome.Fixes;
            slowest = outcome.Elapsed > slowest ? outcome.Elapsed : slowest;
        }

        output.WriteLine($"{file}: {cuts.Count} prefixes, {CrashCheck.AnalyzerCount} analyzers, {CrashCheck.FixerCount} fixers: {diagnostics} diagnostics, {fixes} fixes applied, slowest {slowest.TotalMilliseconds:0} ms");
        if (file != SampleValues)
        {
            // A cut file of records leaves values the rules see half-typed; a cut file of constants only leaves fewer of them.
            Assert.True(diagnostics > 0, "the cuts never produced a diagnostic: the corpus exercises nothing");
        }
    }

    /// <summary>
    /// Each string literal of a realistic file typed half-way (closed, and still open to the end of the line) and replaced by
    /// values the rules refuse, so the code fixes run too.
    /// </summary>
    [Theory]
    [MemberData(nameof(RealisticFiles))]
    public async Task RealisticFile_EveryLiteralMidTypingOrWrong_IsAnalyzedAndFixedWithoutAnException(string file)
    {
        var (text, companion) = Load(file);
        var literals = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken))
            .ToList();
        var runs = 0;
        var diagnostics = 0;
        var fixes = 0;
        foreach (var literal in literals)
        {
            var value = literal.ValueText;
            var lineEnd = text.IndexOf('\n', literal.Span.End) is var end and >= 0 ? end : text.Length;
            string[] variants =
            [
                Replace(text, literal.Span.Start, literal.Span.End, "\"" + value[..(value.Length / 2)] + "\""),
                Replace(text, literal.Span.Start, lineEnd, "\"" + value[..(value.Length / 2)]),
                Replace(text, literal.Span.Start, literal.Span.End, "\"common\""),
                Replace(text, literal.Span.Start, literal.Span.End, "\"openid profile\""),
                Replace(text, literal.Span.Start, literal.Span.End, "\"\""),
            ];
            foreach (var variant in variants)
            {
                var outcome = await CrashCheck.RunAsync(variant, companions: companion);
                AssertClean($"{file}, literal at {literal.Span.Start}", outcome, quiet: true);
                runs++;
                diagnostics += outcome.Diagnostics;
                fixes += outcome.Fixes;
            }
        }

        output.WriteLine($"{file}: {literals.Count} literals, {runs} variants: {diagnostics} diagnostics, {fixes} fixes applied");
        Assert.True(diagnostics > 0, "no variant gave a diagnostic: they exercise nothing");
        if (file == Sample)
        {
            // The sample's initializers hold literals the fixers rewrite: they must have run.
            Assert.True(fixes > 0, "no code fix ran: the variants exercise no fixer");
        }
    }

    private static string Replace(string text, int start, int end, string with) => text[..start] + with + text[end..];

    /// <summary>Cut points: inside the attribute and the first initializer (where typing happens) densely, the rest evenly.</summary>
    private static IEnumerable<int> Cuts(string text, int count)
    {
        var dense = text.IndexOf('[', StringComparison.Ordinal) is var start and >= 0 ? start : 0;
        var points = new SortedSet<int>();
        for (var i = 0; i < count / 2; i++)
        {
            points.Add(Math.Min(text.Length, dense + i * 7));
        }

        for (var i = 0; i <= count / 2; i++)
        {
            points.Add((int)((long)text.Length * i / (count / 2)));
        }

        return points;
    }

    private void AssertClean(string name, CrashCheck.Outcome outcome, bool quiet = false)
    {
        if (!quiet)
        {
            output.WriteLine($"{name}: {outcome.Diagnostics} diagnostics, {outcome.Fixes} fixes applied, {outcome.Elapsed.TotalMilliseconds:0} ms");
        }

        Assert.True(outcome.Failures.Count == 0, $"{name}:\n" + string.Join("\n\n", outcome.Failures));
        Assert.True(outcome.Elapsed < PerSource, $"{name} took {outcome.Elapsed}");
    }
}
