namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// The rules only a profile file can break (PAC3006–PAC3008, category ProfileFile), in a stable order: the
/// top level, each payload in file order, then the UUIDs. <c>profile-as-code validate</c> runs them on the files
/// it reads, the build host on each profile it writes. A finding's <see cref="Finding.KeyPath"/> says where in
/// the file (<c>top level</c>, <c>payload 2 (com.example.app)</c>, …).
/// </summary>
internal static class ProfileFileRules
{
    public const string TopLevel = "top level";

    public static IReadOnlyList<Finding> Check(ProfileFile file)
    {
        var findings = new List<Finding>();
        EnvelopeKeysWellFormed.CheckTopLevel(file, findings);
        EnvelopeValuesDefined.CheckTopLevel(file, findings);
        EnvelopeKeysWellFormed.CheckContentPresent(file, findings);
        if (file.Root.Get(EnvelopeKeys.Content) is { Kind: FileValueKind.Array } payloads)
        {
            for (var i = 0; i < payloads.Items.Count; i++)
            {
                CheckPayload(file, payloads.Items[i], PayloadLocation(i), findings);
            }
        }

        UuidsUnique.CheckProfile(file, findings);
        return findings;
    }

    /// <summary>The rules that span the files checked together (a UUID reused by another profile).</summary>
    public static IReadOnlyList<Finding> CheckAcross(IReadOnlyList<ProfileFile> files)
    {
        var findings = new List<Finding>();
        UuidsUnique.CheckAcross(files, findings);
        return findings;
    }

    /// <summary><c>payload 1</c> for the first item of <c>PayloadContent</c>.</summary>
    public static string PayloadLocation(int index) => "payload " + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void CheckPayload(ProfileFile file, FileValue payload, string location, List<Finding> findings)
    {
        if (!EnvelopeKeysWellFormed.CheckIsPayload(file, payload, location, findings))
        {
            return;
        }

        var type = payload.StringAt(EnvelopeKeys.Type);
        location = type is null ? location : $"{location} ({type})";
        EnvelopeKeysWellFormed.CheckPayload(file, payload, location, findings);
        EnvelopeValuesDefined.CheckPayload(file, payload, location, findings);
        if (type == EnvelopeKeys.ManagedPreferencesType)
        {
            ManagedPreferencesWellFormed.Check(file, payload, location, findings);
        }
    }
}
