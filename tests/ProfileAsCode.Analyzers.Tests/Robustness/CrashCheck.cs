extern alias library;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProfileAsCode.Analyzers.Tests.Infrastructure;

namespace ProfileAsCode.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer of the analyzer assembly over a source as the IDE does (errors in the code allowed), and every
/// code fix provider of the code-fix assembly over every diagnostic they report, applying each action; collects what
/// an IDE would show as AD0001 (an analyzer exception) or a failed code fix.
/// </summary>
internal static class CrashCheck
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = AllAnalyzers.Create();

    private static readonly IReadOnlyList<CodeFixProvider> Fixers =
        typeof(ProfileAsCode.CodeFixes.CertainFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToList();

    private static readonly IReadOnlyList<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location),
    ];

    public static int AnalyzerCount => Analyzers.Length;

    public static int FixerCount => Fixers.Count;

    /// <summary>What went wrong analyzing <paramref name="source"/> (empty when nothing did), how many diagnostics and fixes it exercised, and how long it took.</summary>
    /// <param name="companions">Other files of the project, as separate documents.</param>
    public static async Task<Outcome> RunAsync(string source, IEnumerable<MetadataReference>? extraReferences = null, IReadOnlyList<string>? companions = null)
    {
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentBag<string>();
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: [.. References, .. extraReferences ?? []]));
        var document = workspace.AddDocument(project.Id, "Source.cs", SourceText.From(source));
        foreach (var (companion, i) in (companions ?? []).Select((c, i) => (c, i)))
        {
            document = workspace.AddDocument(project.Id, $"Companion{i}.cs", SourceText.From(companion));
        }

        var solution = document.Project.Solution;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Add(diagnostic.ToString());
        }

        var fixes = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("PAC", StringComparison.Ordinal) && d.Location.IsInSource))
        {
            var located = solution.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                try
                {
                    fixes += await ApplyEveryActionAsync(located, diagnostic, fixer);
                }
                catch (Exception e)
                {
                    failures.Add($"{fixer.GetType().Name} on {diagnostic.Id} threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }
            }
        }

        return new Outcome(failures.ToList(), diagnostics.Length, fixes, clock.Elapsed);
    }

    private static async Task<int> ApplyEveryActionAsync(Document document, Diagnostic diagnostic, CodeFixProvider fixer)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var applied = 0;
        foreach (var action in actions.SelectMany(Flatten))
        {
            foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
            {
                if (operation is ApplyChangesOperation change)
                {
                    var changed = change.ChangedSolution.GetDocument(document.Id)!;
                    await changed.GetTextAsync();
                    applied++;
                }
            }
        }

        return applied;
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action) =>
        action.NestedActions.IsEmpty ? [action] : action.NestedActions.SelectMany(Flatten);

    /// <summary>A compiled assembly of <paramref name="source"/>, as a reference (constants from another assembly).</summary>
    public static MetadataReference Library(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Constants" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    internal sealed record Outcome(IReadOnlyList<string> Failures, int Diagnostics, int Fixes, TimeSpan Elapsed);
}
