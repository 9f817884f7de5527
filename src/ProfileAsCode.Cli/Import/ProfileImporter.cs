using System.Reflection;
using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Writes one profile as a <c>[ConfigurationProfile]</c> record: a property per payload, typed by
/// the library's record for the domain when there is one and its values fit, else by a record
/// designed from the values. Identifiers, UUIDs and the payload form are pinned as found, so the
/// rebuilt profile updates devices in place.
/// </summary>
internal sealed class ProfileImporter(string @namespace, ISet<string> takenTypeNames)
{
    /// <summary>Top-level keys the profile attribute carries; anything else is reported as not kept.</summary>
    private static readonly HashSet<string> TopLevelKept = new(StringComparer.Ordinal)
    {
        PayloadKeys.Identifier, PayloadKeys.Uuid, PayloadKeys.Type, PayloadKeys.Version, PayloadKeys.Content,
        PayloadKeys.DisplayName, PayloadKeys.Description, PayloadKeys.Organization, PayloadKeys.Scope, PayloadKeys.RemovalDisallowed,
    };

    /// <summary>Payload keys the property and its [PayloadIdentity] carry.</summary>
    private static readonly HashSet<string> PayloadKept = new(StringComparer.Ordinal)
    {
        PayloadKeys.Identifier, PayloadKeys.Uuid, PayloadKeys.Type, PayloadKeys.Version, PayloadKeys.DisplayName, PayloadKeys.Content,
    };

    public ImportedProfile Import(ProfileDocument profile, string className, string sourceDescription)
    {
        RequireAttributeText(profile);
        var names = new TypeNames();
        names.Use("ProfileAsCode");
        var inference = new RecordInference(names, takenTypeNames);
        var emitter = new TypedValueEmitter(names);
        var notKept = new List<string>();
        var notes = new List<string>();
        var payloadLines = new List<string>();

        var identifier = profile.IsBarePreferences ? profile.Payloads[0].Domain : profile.Identifier ?? "";
        if (profile.IsBarePreferences)
        {
            notes.Add($"bare preference plist: the profile identifier \"{identifier}\" was chosen; change it to your organisation's");
        }

        var form = ChooseForm(profile, notes);
        notKept.AddRange(TopLevelNotKept(profile));

        var code = new CodeWriter();
        var members = new List<Action>();
        var usedMembers = UniqueNames.TakenInRecord(className);
        var seenPayloadIndexes = new HashSet<int>();
        foreach (var payload in profile.Payloads)
        {
            // One MCX payload may carry several domains; records give each its own payload, so only the
            // first keeps the payload's identity and the others get derived ones.
            var keepsIdentity = payload.Index < 0 || seenPayloadIndexes.Add(payload.Index);
            if (!keepsIdentity)
            {
                notes.Add($"{payload.Label}: shares one managed-preferences payload with another domain; it becomes its own payload with a derived identifier and UUID (devices reinstall it)");
            }

            if (payload.Unread is { } unread)
            {
                notKept.Add($"{payload.Label}: its settings, because {unread} (records write Forced only)");
            }

            var settings = payload.Unread is null ? new PlistDictionary(payload.Settings.Where(e => !PayloadKeys.IsEnvelopeKey(e.Key))) : PlistDictionary.Empty;
            notKept.AddRange(payload.Settings.Keys.Where(PayloadKeys.IsEnvelopeKey).Select(k => $"{payload.Label}: {k}"));
            if (keepsIdentity)
            {
                notKept.AddRange(PayloadNotKept(payload));
            }

            var (typeName, initializer, how) = PayloadInitializer(payload, settings, className, emitter, inference, names, notes);
            payloadLines.Add($"{payload.Label} → {typeName} ({how})");
            var memberName = UniqueNames.Take(MemberName(payload.Domain, typeName), usedMembers);
            var identity = keepsIdentity ? IdentityAttribute(identifier, payload) : null;
            members.Add(() =>
            {
                if (identity is not null)
                {
                    code.Line(identity);
                }

                code.Line($"public {typeName} {CSharpLiteral.Identifier(memberName)} {{ get; init; }} = {initializer.Render(1)};");
            });
        }

        var attribute = ProfileAttribute(profile, identifier, form);
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
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0)
                {
                    code.Line();
                }

                members[i]();
            }
        });

        foreach (var record in inference.Records)
        {
            code.Line();
            if (record.Domain is not null)
            {
                code.Line($"[PreferenceDomain({CSharpLiteral.String(record.Domain)})]");
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

        return new ImportedProfile(className, code.ToString(), notKept, payloadLines, notes);
    }

    private static (string TypeName, Expr Initializer, string How) PayloadInitializer(
        PayloadDocument payload, PlistDictionary settings, string className, TypedValueEmitter emitter, RecordInference inference, TypeNames names, List<string> notes)
    {
        if (KnownDomains.Find(payload.Domain) is { } known)
        {
            var typed = emitter.Record(settings, known, "new()");
            if (typed.Expr is not null)
            {
                return (names.Name(known), typed.Expr, "typed");
            }

            notes.Add($"{payload.Label}: not written as {known.Name} because {typed.Problem}; a record was generated from the values instead, so nothing is lost, but the typed checks of {known.Name} do not apply");
        }

        var (recordName, initializer) = inference.Infer(className + CSharpLiteral.PascalCase(payload.Domain), payload.Domain, settings.ToList());
        return (recordName, initializer, "generated record");
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

    private static PreferencePayloadForm ChooseForm(ProfileDocument profile, List<string> notes)
    {
        var forms = profile.Payloads.Where(p => p.Form is not null).Select(p => p.Form!.Value).Distinct().ToList();
        if (forms.Count > 1)
        {
            notes.Add("the profile mixes direct and managed-preferences (MCX) payloads; a profile record has one form, so all payloads are written in the form of the first");
        }

        return forms.Count > 0 ? forms[0] : PreferencePayloadForm.Direct;
    }

    private static IEnumerable<string> TopLevelNotKept(ProfileDocument profile)
    {
        if (profile.IsBarePreferences)
        {
            yield break;
        }

        foreach (var (key, value) in profile.Root.Where(e => !TopLevelKept.Contains(e.Key)))
        {
            yield return $"top level: {key} = {ValueText.Format(value)}";
        }

        if (profile.Root.TryGetValue(PayloadKeys.Version, out var version) && !version.Equals(new PlistInteger(1)))
        {
            yield return $"top level: PayloadVersion = {ValueText.Format(version)} (rebuilt as 1)";
        }
    }

    private static IEnumerable<string> PayloadNotKept(PayloadDocument payload)
    {
        foreach (var (key, value) in payload.Payload.Where(e => PayloadKeys.IsEnvelopeKey(e.Key) && !PayloadKept.Contains(e.Key)))
        {
            yield return $"{payload.Label}: {key} = {ValueText.Format(value)}";
        }

        if (payload.Payload.TryGetValue(PayloadKeys.Version, out var version) && !version.Equals(new PlistInteger(1)))
        {
            yield return $"{payload.Label}: PayloadVersion = {ValueText.Format(version)} (rebuilt as 1)";
        }
    }

    /// <summary>[PayloadIdentity] with what differs from what the builder would derive; null when nothing does.</summary>
    private static string? IdentityAttribute(string profileIdentifier, PayloadDocument payload)
    {
        var arguments = new List<string>();
        var identifier = payload.Identifier ?? ProfileIdentity.PayloadIdentifier(profileIdentifier, payload.Domain);
        if (identifier != ProfileIdentity.PayloadIdentifier(profileIdentifier, payload.Domain))
        {
            arguments.Add($"Identifier = {CSharpLiteral.String(identifier)}");
        }

        if (payload.Uuid is { } uuid && uuid != ProfileIdentity.PayloadUuid(identifier))
        {
            arguments.Add($"Uuid = {CSharpLiteral.String(uuid)}");
        }

        var defaultName = KnownDomains.Find(payload.Domain)?.GetCustomAttribute<PreferenceDomainAttribute>()?.DisplayName ?? payload.Domain;
        if (payload.DisplayName is { } displayName && displayName != defaultName)
        {
            arguments.Add($"DisplayName = {CSharpLiteral.String(displayName)}");
        }

        return arguments.Count == 0 ? null : $"[PayloadIdentity({string.Join(", ", arguments)})]";
    }

    private static string ProfileAttribute(ProfileDocument profile, string identifier, PreferencePayloadForm form)
    {
        var arguments = new List<string> { CSharpLiteral.String(identifier) };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                arguments.Add($"{name} = {CSharpLiteral.String(value)}");
            }
        }

        if (!profile.IsBarePreferences)
        {
            Add("DisplayName", profile.DisplayName);
            Add("Description", ProfileDocument.StringAt(profile.Root, PayloadKeys.Description));
            Add("Organization", ProfileDocument.StringAt(profile.Root, PayloadKeys.Organization));
            if (ProfileDocument.StringAt(profile.Root, PayloadKeys.Scope) == "User")
            {
                arguments.Add("Scope = ProfileScope.User");
            }

            if (profile.Root.TryGetValue(PayloadKeys.RemovalDisallowed, out var removal) && removal is PlistBoolean { Value: true })
            {
                arguments.Add("RemovalDisallowed = true");
            }
        }

        if (form == PreferencePayloadForm.ManagedPreferences)
        {
            arguments.Add("PayloadForm = PreferencePayloadForm.ManagedPreferences");
        }

        if (profile.Uuid is { } uuid && uuid != ProfileIdentity.ProfileUuid(identifier))
        {
            arguments.Add($"Uuid = {CSharpLiteral.String(uuid)}");
        }

        return arguments.Count <= 2
            ? $"[ConfigurationProfile({string.Join(", ", arguments)})]"
            : "[ConfigurationProfile(" + arguments[0] + ",\n    " + string.Join(",\n    ", arguments.Skip(1)) + ")]";
    }

    /// <summary><c>com.jamf.connect.login</c> with type JamfConnectLogin → <c>Login</c>: the last domain label, in PascalCase.</summary>
    private static string MemberName(string domain, string typeName)
    {
        var last = domain.Split('.', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? typeName;
        return CSharpLiteral.PascalCase(last);
    }

}
