using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>Compiles generated C# against the running runtime and the built ProfileAsCode.dll, as a user project would.</summary>
internal static class InMemoryCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Append(typeof(ConfigurationProfileAttribute).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    /// <summary>The compilation of <paramref name="sources"/>, not yet emitted.</summary>
    public static CSharpCompilation Compile(IReadOnlyList<string> sources)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: $"Imported{i}.cs"));
        return CSharpCompilation.Create(
            "Imported" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Compiles and loads; fails the test with every diagnostic when there is any warning or error.</summary>
    public static Assembly CompileAndLoad(IReadOnlyList<string> sources) => Load(Compile(sources), sources);

    public static Assembly Load(CSharpCompilation compilation, IReadOnlyList<string> sources)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n\n" + string.Join("\n-----\n", sources));
        return Assembly.Load(stream.ToArray());
    }
}
