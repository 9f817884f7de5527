namespace ProfileAsCode.Cli.Import;

/// <summary>A record the importer writes for a domain the library has no typed record for.</summary>
/// <param name="Domain">The preference domain or payload type; null for a record nested in another.</param>
/// <param name="IsApplePayload">An Apple payload type (<c>[ApplePayload]</c>, always written directly) rather than a preference domain.</param>
internal sealed record GeneratedRecord(string Name, string? Domain, IReadOnlyList<GeneratedProperty> Properties, bool IsApplePayload = false);

/// <param name="Type">The C# type as written, nullable so that "not set" stays possible.</param>
/// <param name="Key">The plist key; null for the record's [AdditionalKeys] dictionary.</param>
internal sealed record GeneratedProperty(string Name, string? Key, string Type);
