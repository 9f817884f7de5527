using System.Reflection;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Host.Output;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Host.Generation;

/// <summary>Turns the user's <c>[ConfigurationProfile]</c> records into candidates the generator runs.</summary>
internal static class ModelProfileSource
{
    /// <param name="form">Overrides every profile's own <see cref="ConfigurationProfileAttribute.PayloadForm"/> when set.</param>
    public static IReadOnlyList<ProfileCandidate> Discover(Assembly assembly, PreferencePayloadForm? form, bool writeBarePlist) =>
        ProfileDiscovery.FindProfileTypes(assembly).Select(type => ToCandidate(type, form, writeBarePlist)).ToList();

    internal static ProfileCandidate ToCandidate(Type type, PreferencePayloadForm? form, bool writeBarePlist)
    {
        var attribute = type.GetCustomAttribute<ConfigurationProfileAttribute>(inherit: false)!;
        return new ProfileCandidate(
            type.FullName ?? type.Name,
            SourceLocation.From(attribute.SourceFile, attribute.SourceLine),
            () => Build(type, form ?? attribute.PayloadForm, writeBarePlist));
    }

    private static BuiltOutput Build(Type type, PreferencePayloadForm form, bool writeBarePlist)
    {
        var built = ProfileBuilder.Build(type);
        var findings = built.Findings.ToList();
        var files = new List<OutputFile>();
        if (built.HasErrors)
        {
            return new BuiltOutput(built.Facts, findings, files);
        }

        var baseName = OutputFileNames.For(built.Profile.Identifier, type);
        var root = built.Profile.ToPlist(form);
        // The profile written passes the envelope rules `profile-as-code validate` applies to any file: a UUID
        // pinned twice is caught here, and a writer bug could not slip a malformed envelope out.
        var envelope = ProfileFileValues.From(root, type.FullName ?? type.Name, origin: null, value => value.ToString() ?? "");
        findings.AddRange(ProfileFileRules.Check(envelope).Select(finding => Located(finding, type)));
        try
        {
            files.Add(new OutputFile(baseName + ".mobileconfig", PropertyListSerializer.WriteXml(root), IsProfile: true));
            if (writeBarePlist)
            {
                foreach (var payload in built.Profile.Payloads.OfType<PreferencePayload>())
                {
                    files.Add(new OutputFile(baseName + "." + payload.Domain + ".plist", ProfileSerializer.ToBarePlist(payload)));
                }
            }
        }
        catch (PlistWriteException exception)
        {
            findings.Add(new Finding(RuleCatalog.IllegalXmlCharacter, $"{type.Name}: {exception.Message}", exception.KeyPath));
            files.Clear();
        }

        return new BuiltOutput(built.Facts, findings, files, envelope);
    }

    /// <summary>A profile-file finding with the record and the place in the profile it concerns, as the build reports it.</summary>
    private static Finding Located(Finding finding, Type type) =>
        new(finding.Rule, $"{finding.Message} [{type.Name}, {finding.KeyPath}]", finding.KeyPath);
}
