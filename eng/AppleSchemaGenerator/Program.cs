using System.Diagnostics;
using AppleSchemaGenerator;
using AppleSchemaGenerator.Exceptions;
using AppleSchemaGenerator.Model;

// Usage: dotnet run --project eng/AppleSchemaGenerator [-- <repository root>] [--candidates]
//   Regenerates the Apple payload records, the analyzer's schema table, docs/apple-payloads.md and
//   eng/AppleSchemaGenerator/EXCEPTIONS.md from eng/apple-device-management.
//   --candidates lists the keys whose descriptions the prose scanner flags, with their review state.
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindRepositoryRoot();
if (args.Contains("--candidates"))
{
    var schemas = SchemaLoader.LoadAll(Path.Combine(root, SchemaSource.SchemaFolder));
    foreach (var candidate in ProseScanner.Scan(schemas))
    {
        Console.WriteLine($"{ReviewedProse.StateOf(candidate),-10} {candidate.File} {candidate.Path} ({candidate.Trigger})");
    }

    return 0;
}

try
{
    var clock = Stopwatch.StartNew();
    var generated = Generator.Generate(root);
    Generator.WriteTo(root, generated);
    Console.WriteLine($"{generated.Files.Count} files written in {clock.ElapsedMilliseconds} ms: {generated.Counts}");
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException)
{
    Console.Error.WriteLine("AppleSchemaGenerator: " + e.Message);
    return 2;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "ProfileAsCode.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository, or pass its root.");
}
