extern alias library;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ProfileAsCode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Analyzer and code-fix tests against net10.0 reference assemblies from a package (no NuGet access
/// at test time) plus the built ProfileAsCode.dll, as a user's project would compile.
/// </summary>
internal static class Verifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzeAsync(string source, params DiagnosticResult[] expected) => AnalyzeAsync(source, referenceLibrary: true, expected);

    public static Task AnalyzeAsync(string source, bool referenceLibrary, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, test, referenceLibrary);
        if (referenceLibrary)
        {
            test.TestState.Sources.Add(("TestPayloads.cs", TestPayloads.Source));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task FixAsync<TFixer>(string source, string fixedSource, int? iterations = null)
        where TFixer : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        Configure(test.TestState, test, referenceLibrary: true);
        test.TestState.Sources.Add(("TestPayloads.cs", TestPayloads.Source));
        test.FixedState.Sources.Add(("TestPayloads.cs", TestPayloads.Source));
        test.FixedState.AdditionalReferences.Add(LibraryReference);
        test.FixedState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
            test.NumberOfIncrementalIterations = count;
        }

        return test.RunAsync();
    }

    private static MetadataReference LibraryReference { get; } =
        MetadataReference.CreateFromFile(typeof(library::ProfileAsCode.ConfigurationProfileAttribute).Assembly.Location);

    private static void Configure(SolutionState state, AnalyzerTest<DefaultVerifier> test, bool referenceLibrary)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (referenceLibrary)
        {
            state.AdditionalReferences.Add(LibraryReference);
        }
    }
}
