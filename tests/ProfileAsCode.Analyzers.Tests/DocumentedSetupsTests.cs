using System.Text.RegularExpressions;
using DocumentedSetups;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Tests.Infrastructure;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// The analyzer's path over Jamf's documented setups (tests/Shared/DocumentedSetups), compiled as a user's
/// project would: no diagnostic on any, and each source mutation gives exactly its findings, on the mutated line.
/// The build host's path over the same records: ProfileAsCode.Tests.JamfConnect.DocumentedSetupsTests.
/// </summary>
public sealed class DocumentedSetupsTests
{
    public static TheoryData<string> Setups => new(DocumentedSetupCatalog.Setups);

    public static TheoryData<Mutation> Mutations => new(DocumentedSetupCatalog.Mutations);

    [Theory]
    [MemberData(nameof(Setups))]
    public async Task DocumentedSetupHasNoDiagnostic(string setup)
    {
        var diagnostics = await AnalyzeAsync(Source(setup));

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task MutatedSetupHasExactlyTheExpectedDiagnostics(Mutation mutation)
    {
        var (source, line) = Mutate(Source(mutation.Setup), mutation);

        var diagnostics = await AnalyzeAsync(source);

        Assert.Equal(mutation.Expected, diagnostics.Select(d => d.Id));
        if (mutation.To is not null)
        {
            // A value's finding sits on the value; a missing key's on the payload (or provider) it concerns.
            Assert.All(diagnostics, d => Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line));
        }
    }

    private static string Source(string setup) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DocumentedSetups", setup + ".cs"));

    private static (string Source, int Line) Mutate(string source, Mutation mutation)
    {
        var lines = source.Split('\n').ToList();
        var pattern = new Regex(@"\b" + mutation.Property + @" = " + Regex.Escape("\"" + mutation.From + "\""));
        var index = Enumerable.Range(0, lines.Count).Where(i => pattern.IsMatch(lines[i])).ElementAt(mutation.Occurrence);
        if (mutation.To is null)
        {
            lines.RemoveAt(index);
        }
        else
        {
            lines[index] = lines[index].Replace("\"" + mutation.From + "\"", "\"" + mutation.To + "\"", StringComparison.Ordinal);
        }

        return (string.Join('\n', lines), index);
    }

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = TestCompilation.Create(source);
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }
}
