namespace ProfileAsCode.Cli.Import;

/// <summary>A record the importer writes for a domain the library has no typed record for.</summary>
/// <param name="Domain">The preference domain; null for a record nested in another.</param>
internal sealed record GeneratedRecord(string Name, string? Domain, IReadOnlyList<GeneratedProperty> Properties);

/// <param name="Type">The C# type as written, nullable so that "not set" stays possible.</param>
/// <param name="Key">The plist key; null for the record's [AdditionalKeys] dictionary.</param>
internal sealed record GeneratedProperty(string Name, string? Key, string Type);
