using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Writes one profile as a <c>[ConfigurationProfile]</c> record: a property per payload, typed by the library's
/// record for the domain or Apple payload type when one holds the values exactly, else by a record designed from the
/// values; GUIDs the settings repeat as named constants. Identifiers, UUIDs, the payload form and every envelope key
/// are kept as found — what was absent stays absent — so the rebuilt profile is the same and updates devices in
/// place; what cannot be kept is listed as not kept (docs/profiles.md, "Importing").
/// </summary>
internal sealed class ProfileImporter(string @namespace, ISet<string> takenTypeNames)
{
    /// <summary>Names the code uses without <see cref="TypeNames"/>: a member named so would hide them.</summary>
    private static readonly string[] NamesWrittenDirectly =
    [
        "ConfigurationProfile", "PayloadIdentity", "ProfileScope", "PreferencePayloadForm", "TopLevelDefaults",
        "PlistValue", "PlistString", "PlistBoolean", "PlistInteger", "PlistReal", "PlistDate", "PlistData", "PlistArray", "PlistDictionary",
    ];

    /// <param name="identifier">The profile's identifier: the file's, or the one chosen for bare plists.</param>
    public ImportedProfile Import(ProfileDocument profile, string className, string identifier, string sourceDescription)
    {
        RequireAttributeText(profile);
        var names = new TypeNames();
        names.Use("ProfileAsCode");
        var notKept = new List<string>();
        var notes = new List<string>();
        if (profile.IsBarePreferences && profile.Payloads is [var bare] && bare.Domain == identifier)
        {
            notes.Add($"bare preference plist: the profile identifier \"{identifier}\" was chosen; change it to your organisation's (or give one with --identifier)");
        }

        var payloads = ImportedPayloads.Of(profile, notKept, notes).Select(p => PayloadImport.Plan(p, notKept)).ToList();
        var payloadUuids = payloads.Select(p => p.Payload.Uuid).OfType<string>();
        var strings = GuidConstants.Find(payloads.Select(p => p.Settings), payloadUuids, className, takenTypeNames);
        var inference = new RecordInference(names, takenTypeNames, strings);
        foreach (var payload in payloads)
        {
            payload.Emit(names, strings, inference, notes);
        }

        var form = ChooseForm(payloads, notes);
        var memberNames = MemberNames(payloads, className, names, strings);
        var attribute = ProfileEnvelope.Attribute(profile, identifier, form, notKept);
        var identities = Identities(payloads, memberNames, identifier, strings, notKept);

        var code = new CodeWriter();
        // The file name, the signer and the keys come from the input: comments carry them only through CSharpComment.
        code.Line(CSharpComment.Line($"Imported by {App.ToolName} {App.Version} from {sourceDescription}."));
        foreach (var line in notKept)
        {
            code.Line(CSharpComment.Line($"Not kept (no record property carries it): {line}"));
        }

        code.Line("#nullable enable");
        code.Line();
        foreach (var ns in names.Namespaces.OrderBy(n => n.StartsWith("System", StringComparison.Ordinal) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal))
        {
            code.Line($"using {ns};");
        }

        code.Line();
        code.Line($"namespace {@namespace};");
        code.Line();
        code.Line(attribute);
        code.Block($"public sealed record {className}", () =>
        {
            for (var i = 0; i < payloads.Count; i++)
            {
                if (i > 0)
                {
                    code.Line();
                }

                foreach (var line in identities[i])
                {
                    code.Line(line);
                }

                code.Line($"public {payloads[i].TypeName} {CSharpLiteral.Identifier(memberNames[i])} {{ get; init; }} = {payloads[i].Initializer.Render(1)};");
            }
        });

        WriteRecords(code, inference.Records);
        WriteConstants(code, strings);
        var payloadLines = payloads.Select(p => $"{p.Payload.Label} → {p.TypeName} ({p.How})").ToList();
        return new ImportedProfile(className, code.ToString(), notKept, payloadLines, notes);
    }

    /// <summary>
    /// The form of the profile's preference-domain payloads (Apple payloads have one form). A profile record has one
    /// form: when the file mixes them, all are written in the first one's, and a note says so.
    /// </summary>
    private static PreferencePayloadForm ChooseForm(IReadOnlyList<PayloadImport> payloads, List<string> notes)
    {
        var forms = payloads.Where(p => !p.IsApplePayload && p.Payload.Form is not null).Select(p => p.Payload.Form!.Value).Distinct().ToList();
        if (forms.Count > 1)
        {
            notes.Add("the profile mixes direct and managed-preferences (MCX) payloads of preference domains; a profile record has one form, so all of them are written in the form of the first");
        }

        return forms.Count > 0 ? forms[0] : PreferencePayloadForm.Direct;
    }

    /// <summary>
    /// One property name per payload, from its record or domain (<c>MenuBar</c>, <c>Notifications</c>), unique in the
    /// record; a name that would hide a type the code names (and is not the property's own type) gets "Payload" added.
    /// </summary>
    private static List<string> MemberNames(IReadOnlyList<PayloadImport> payloads, string className, TypeNames names, GuidConstants strings)
    {
        var hidden = new HashSet<string>(names.SimpleNames, StringComparer.Ordinal);
        hidden.UnionWith(NamesWrittenDirectly);
        hidden.UnionWith(payloads.Select(p => p.TypeName));
        if (strings.ClassName is { } holder)
        {
            hidden.Add(holder);
        }

        var used = UniqueNames.TakenInRecord(className);
        return payloads
            .Select(p => hidden.Contains(p.MemberName) && p.MemberName != p.TypeName
                ? UniqueNames.Take(p.MemberName + "Payload", used)
                : UniqueNames.Take(p.MemberName, used))
            .ToList();
    }

    /// <summary>Each property's [PayloadIdentity] lines, against what the builder derives for it (docs/profiles.md, "Identity").</summary>
    private static List<IReadOnlyList<string>> Identities(IReadOnlyList<PayloadImport> payloads, IReadOnlyList<string> memberNames, string identifier, GuidConstants strings, List<string> notKept)
    {
        var declaredTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var identities = new List<IReadOnlyList<string>>();
        for (var i = 0; i < payloads.Count; i++)
        {
            var payload = payloads[i].Payload;
            var isFirstOfType = declaredTypes.Add(payload.Domain);
            var derived = ProfileIdentity.PayloadIdentifier(identifier, payload.Domain, memberNames[i], isFirstOfType);
            identities.Add(payload.Index < 0 ? [] : PayloadEnvelope.Attribute(payload, derived, payloads[i].DefaultDisplayName, strings, notKept));
        }

        return identities;
    }

    private static void WriteRecords(CodeWriter code, IReadOnlyList<GeneratedRecord> records)
    {
        foreach (var record in records)
        {
            code.Line();
            if (record.Domain is not null)
            {
                code.Line(record.IsApplePayload ? $"[ApplePayload({CSharpLiteral.String(record.Domain)})]" : $"[PreferenceDomain({CSharpLiteral.String(record.Domain)})]");
            }

            code.Block($"public sealed record {record.Name}", () =>
            {
                for (var i = 0; i < record.Properties.Count; i++)
                {
                    var property = record.Properties[i];
                    if (i > 0)
                    {
                        code.Line();
                    }

                    code.Line(property.Key is null ? "[AdditionalKeys]" : $"[PayloadKey({CSharpLiteral.String(property.Key)})]");
                    code.Line($"public {property.Type} {CSharpLiteral.Identifier(property.Name)} {{ get; init; }}");
                }
            });
        }
    }

    private static void WriteConstants(CodeWriter code, GuidConstants strings)
    {
        if (strings.ClassName is not { } holder)
        {
            return;
        }

        code.Line();
        code.Line(CSharpComment.Line("GUIDs the profile repeats, each named after a key that holds it."));
        code.Block($"internal static class {holder}", () =>
        {
            foreach (var (name, value) in strings.Constants)
            {
                code.Line($"public const string {CSharpLiteral.Identifier(name)} = {CSharpLiteral.String(value)};");
            }
        });
    }

    /// <summary>The texts that become attribute arguments must survive as one (see <see cref="CSharpLiteral.FitsAttribute"/>).</summary>
    private static void RequireAttributeText(ProfileDocument profile)
    {
        var texts = new List<(string What, string? Text)>();
        if (!profile.IsBarePreferences)
        {
            texts.AddRange([
                (PayloadKeys.Identifier, profile.Identifier), (PayloadKeys.Uuid, profile.Uuid), (PayloadKeys.DisplayName, profile.DisplayName),
                (PayloadKeys.Description, ProfileDocument.StringAt(profile.Root, PayloadKeys.Description)),
                (PayloadKeys.Organization, ProfileDocument.StringAt(profile.Root, PayloadKeys.Organization)),
            ]);
        }

        foreach (var payload in profile.Payloads)
        {
            texts.AddRange([
                ("the preference domain", payload.Domain), ($"the payload's {PayloadKeys.Identifier}", payload.Identifier),
                ($"the payload's {PayloadKeys.Uuid}", payload.Uuid), ($"the payload's {PayloadKeys.DisplayName}", payload.DisplayName),
                ($"the payload's {PayloadKeys.Description}", ProfileDocument.StringAt(payload.Payload, PayloadKeys.Description)),
                ($"the payload's {PayloadKeys.Organization}", ProfileDocument.StringAt(payload.Payload, PayloadKeys.Organization)),
            ]);
        }

        foreach (var (what, text) in texts)
        {
            if (text is not null && !CSharpLiteral.FitsAttribute(text))
            {
                throw CliException.InFile(profile.Path, $"{what} {UntrustedText.Quote(text)} holds an unpaired UTF-16 surrogate, which a C# attribute cannot carry (attribute strings are stored as UTF-8); correct that text in the profile and import again");
            }
        }
    }
}
