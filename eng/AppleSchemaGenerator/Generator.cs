using AppleSchemaGenerator.Emit;
using AppleSchemaGenerator.Exceptions;
using AppleSchemaGenerator.Model;
using AppleSchemaGenerator.Naming;
using AppleSchemaGenerator.Records;

namespace AppleSchemaGenerator;

/// <summary>Everything the generator writes, by path relative to the repository root (<c>/</c>-separated).</summary>
public sealed class GeneratedFiles
{
    internal GeneratedFiles(IReadOnlyDictionary<string, string> files, IReadOnlyList<string> publicApi, GenerationCounts counts)
    {
        Files = files;
        PublicApi = publicApi;
        Counts = counts;
    }

    /// <summary>Whole files the generator owns.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The lines it owns in <see cref="PublicApiFile"/> (every line about a type in <c>ProfileAsCode.Apple</c>).</summary>
    public IReadOnlyList<string> PublicApi { get; }

    public static string PublicApiFile => PublicApiWriter.ApiFile;

    /// <summary>Whether a line of a PublicAPI file is one the generator owns.</summary>
    public static bool IsGeneratedApiLine(string line) => PublicApiWriter.IsGenerated(line);

    public GenerationCounts Counts { get; }
}

/// <summary>What was generated, for the console and the report.</summary>
public sealed record GenerationCounts(int SchemaFiles, int MacOSPayloadSchemas, int MacOSPayloadTypes, int Records, int NestedRecords, int Enums, int Properties, int TableKeys, int Constraints);

/// <summary>Reads the schema copy and produces every generated file; <see cref="WriteTo"/> puts them in place.</summary>
public static class Generator
{
    public static GeneratedFiles Generate(string repositoryRoot)
    {
        var schemas = SchemaLoader.LoadAll(Path.Combine(repositoryRoot, SchemaSource.SchemaFolder));
        var envelopeKeys = schemas.Single(s => s.PayloadType == "CommonPayloadKeys").Keys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var payloads = schemas.Where(s => s.IsForMacOS && !s.IsEnvelope).ToArray();
        var names = PayloadNames.Assign(payloads);
        var constraints = schemas.ToDictionary(s => s, s => ConstraintIndex.For(s, PresenceConstraints.All));
        var unplaced = PresenceConstraints.All.Where(c => !schemas.Any(s => s.FileName == c.File)).ToArray();
        if (unplaced.Length > 0)
        {
            throw new InvalidOperationException($"Presence constraints name files the schema lacks: {string.Join(", ", unplaced.Select(c => c.File))}.");
        }

        var candidates = ProseScanner.Scan(schemas);
        if (ReviewedProse.Problems(candidates).ToArray() is { Length: > 0 } problems)
        {
            throw new InvalidOperationException("Prose candidates need review in ReviewedProse.cs (run with --candidates):\n  " + string.Join("\n  ", problems));
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var records = payloads.Select(p => RecordBuilder.Build(p, names[p], envelopeKeys)).ToArray();
        foreach (var record in records)
        {
            files[$"{SchemaSource.RecordsFolder}/{record.Payload.Name}.g.cs"] = RecordWriter.Write(record, constraints[record.Schema]);
        }

        files[$"{SchemaSource.RecordsFolder}/{IntegerValueNames.SwitchEnum}.g.cs"] = RecordWriter.WriteSwitch();
        if (IntegerValueNames.Unused().ToArray() is { Length: > 0 } unused)
        {
            throw new InvalidOperationException($"Integer value names for keys the schema no longer has: {string.Join(", ", unused)}.");
        }

        var table = TableWriter.Write(schemas, names, envelopeKeys, constraints);
        files[SchemaSource.TableFile] = table.Text;
        files[SchemaSource.DocsFile] = DocsWriter.Write(records, schemas, constraints, envelopeKeys);
        files[SchemaSource.ExceptionsFile] = ExceptionsWriter.Write(schemas, candidates);

        var counts = new GenerationCounts(
            SchemaFiles: schemas.Count,
            MacOSPayloadSchemas: payloads.Length,
            MacOSPayloadTypes: payloads.Select(p => p.PayloadType).Distinct(StringComparer.Ordinal).Count(),
            Records: records.Length,
            NestedRecords: records.Sum(r => r.NestedTypes.OfType<RecordDef>().Count()),
            Enums: records.Sum(r => r.NestedTypes.OfType<EnumDef>().Count()) + 1,
            Properties: records.Sum(r => r.KeyCount),
            TableKeys: table.KeyLines,
            Constraints: PresenceConstraints.All.Count);
        return new GeneratedFiles(files, PublicApiWriter.Lines(records), counts);
    }

    /// <summary>Writes the files and deletes generated record files that are no longer generated.</summary>
    public static void WriteTo(string repositoryRoot, GeneratedFiles generated)
    {
        foreach (var stale in StaleRecordFiles(repositoryRoot, generated))
        {
            File.Delete(Path.Combine(repositoryRoot, stale));
        }

        foreach (var (path, text) in generated.Files)
        {
            var full = Path.Combine(repositoryRoot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var api = Path.Combine(repositoryRoot, PublicApiWriter.ApiFile);
        File.WriteAllText(api, PublicApiWriter.Merge(File.ReadAllText(api), generated.PublicApi));
    }

    /// <summary>Files in the records folder that carry the generated marker but are not among <paramref name="generated"/>.</summary>
    public static IEnumerable<string> StaleRecordFiles(string repositoryRoot, GeneratedFiles generated)
    {
        var folder = Path.Combine(repositoryRoot, SchemaSource.RecordsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repositoryRoot, f).Replace('\\', '/'))
            .Where(f => !generated.Files.ContainsKey(f) && File.ReadLines(Path.Combine(repositoryRoot, f)).FirstOrDefault() == SchemaSource.GeneratedMarker)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }
}
