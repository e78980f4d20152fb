using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers.Models;

/// <summary>
/// What the model and leakage rules share: looking through conversions, finding the variable
/// an expression reads (<c>w[j]</c> reads <c>w</c>), splitting names into words, and the
/// member or type the code sits in.
/// </summary>
internal static class ModelCode
{

    /// <summary>
    /// The variable, parameter, field or property an expression reads, looking through element
    /// access (<c>w[j]</c>, <c>list[i]</c> → <c>w</c>, <c>list</c>); the method for a call.
    /// </summary>
    public static ISymbol? RootSymbol(IOperation? operation)
    {
        for (int depth = 0; depth < 16; depth++)
        {
            operation = OperationTools.Unwrap(operation);
            switch (operation?.Kind)
            {
                case OperationKind.ArrayElementReference: operation = ((IArrayElementReferenceOperation)operation).ArrayReference; break;
                case OperationKind.PropertyReference:
                    var property = (IPropertyReferenceOperation)operation;
                    if (!property.Property.IsIndexer || property.Instance is null) return property.Property;
                    operation = property.Instance;
                    break;
                case OperationKind.LocalReference: return ((ILocalReferenceOperation)operation).Local;
                case OperationKind.ParameterReference: return ((IParameterReferenceOperation)operation).Parameter;
                case OperationKind.FieldReference: return ((IFieldReferenceOperation)operation).Field;
                case OperationKind.Invocation: return ((IInvocationOperation)operation).TargetMethod;
                default: return null;
            }
        }
        return null;
    }

    /// <summary>The name of <see cref="RootSymbol"/>, or null.</summary>
    public static string? RootName(IOperation? operation) => RootSymbol(operation)?.Name;

    /// <summary>
    /// Whether <paramref name="name"/> holds one of <paramref name="fragments"/> (given in lower
    /// case), whatever its case: a first look that allocates nothing.
    /// </summary>
    public static bool HoldsAny(string name, string[] fragments)
    {
        for (int i = 0; i < name.Length; i++)
        {
            int c = name[i] | 0x20;
            foreach (var fragment in fragments)
            {
                if (c != fragment[0] || i + fragment.Length > name.Length) continue;
                int k = 1;
                while (k < fragment.Length && (name[i + k] | 0x20) == fragment[k]) k++;
                if (k == fragment.Length) return true;
            }
        }
        return false;
    }

    /// <summary>Lower case, without underscores: <c>_learning_Rate</c> → <c>learningrate</c>.</summary>
    public static string Normalize(string name)
    {
        if (name.StartsWith("m_", StringComparison.Ordinal)) name = name.Substring(2);
        return name.Replace("_", "").ToLowerInvariant();
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> of <paramref name="name"/> is <paramref name="normalized"/>
    /// (lower case, no underscores), without building the copy.
    /// </summary>
    public static bool NormalizesTo(string name, string normalized)
    {
        int k = 0;
        for (int i = name.StartsWith("m_", StringComparison.Ordinal) ? 2 : 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '_') continue;
            char lower = c <= 'Z' ? (c >= 'A' ? (char)(c | 0x20) : c) : c < 0x80 ? c : char.ToLowerInvariant(c);
            if (k == normalized.Length || lower != normalized[k]) return false;
            k++;
        }
        return k == normalized.Length;
    }

    /// <summary>The words of an identifier, lower case: <c>xTestScaled</c> → x, test, scaled; <c>X_val</c> → x, val.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || !char.IsLetter(name[i])
                || (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))));
            if (boundary && start >= 0)
            {
                words.Add(name.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }
            if (i < name.Length && char.IsLetter(name[i]) && start < 0) start = i;
        }
        return words;
    }

    /// <summary>Whether <paramref name="operation"/> reads <paramref name="symbol"/> (directly or through element access).</summary>
    public static bool Reads(IOperation? operation, ISymbol symbol) =>
        RootSymbol(operation) is { } root && SymbolEqualityComparer.Default.Equals(root, symbol);

    /// <summary>
    /// The name of the method, local function, property or indexer (<c>this</c>) whose body holds
    /// <paramref name="node"/> (the innermost one), or null.
    /// </summary>
    public static string? EnclosingMemberName(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax local: return local.Identifier.ValueText;
                case MethodDeclarationSyntax method: return method.Identifier.ValueText;
                case PropertyDeclarationSyntax property: return property.Identifier.ValueText;
                case IndexerDeclarationSyntax: return "this";
                case TypeDeclarationSyntax: return null;
            }
        }
        return null;
    }

    /// <summary>The name of the innermost type that holds <paramref name="node"/>, or null.</summary>
    public static string? EnclosingTypeName(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
            if (ancestor is TypeDeclarationSyntax type) return type.Identifier.ValueText;
        return null;
    }

    /// <summary>The names of the members (innermost first, local functions included) around <paramref name="node"/>.</summary>
    public static IEnumerable<string> EnclosingMemberNames(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax local: yield return local.Identifier.ValueText; break;
                case MethodDeclarationSyntax method: yield return method.Identifier.ValueText; break;
                case PropertyDeclarationSyntax property: yield return property.Identifier.ValueText; break;
                case TypeDeclarationSyntax: yield break;
            }
        }
    }

    /// <summary>Whether the name of the member or the type around <paramref name="node"/> contains one of <paramref name="fragments"/> (lower case).</summary>
    public static bool InMemberOrTypeNamed(SyntaxNode node, params string[] fragments)
    {
        // One walk up, no copies: the members out to the innermost type, then the type.
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax local when NameHolds(local.Identifier.ValueText, fragments):
                case MethodDeclarationSyntax method when NameHolds(method.Identifier.ValueText, fragments):
                case PropertyDeclarationSyntax property when NameHolds(property.Identifier.ValueText, fragments):
                    return true;
                case BaseTypeDeclarationSyntax type:
                    return NameHolds(type.Identifier.ValueText, fragments);
            }
        }
        return false;
    }

    /// <summary>Whether the <see cref="Normalize"/>d name holds a fragment; names without '_' need no copy.</summary>
    public static bool NameHolds(string name, string[] fragments)
    {
        if (name.IndexOf('_') < 0) return HoldsAny(name, fragments);
        string normalized = Normalize(name);
        foreach (var fragment in fragments)
            if (normalized.IndexOf(fragment, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>Unit-test code: a method with a test attribute, or a type named like a test class.</summary>
    public static bool IsTestCode(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor is MethodDeclarationSyntax method
                && method.AttributeLists.SelectMany(l => l.Attributes).Any(a => IsTestAttribute(a.Name.ToString())))
                return true;
            if (ancestor is TypeDeclarationSyntax type
                && (type.Identifier.ValueText.EndsWith("Tests", StringComparison.Ordinal) || type.Identifier.ValueText.EndsWith("Test", StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private static bool IsTestAttribute(string name)
    {
        int dot = name.LastIndexOf('.');
        if (dot >= 0) name = name.Substring(dot + 1);
        if (name.EndsWith("Attribute", StringComparison.Ordinal)) name = name.Substring(0, name.Length - "Attribute".Length);
        return name is "Fact" or "Theory" or "Test" or "TestMethod" or "TestCase" or "DataTestMethod";
    }

    /// <summary>A constant integer value, or null.</summary>
    public static long? IntegerConstant(IOperation? operation)
    {
        var constant = OperationTools.Unwrap(operation)?.ConstantValue;
        if (constant is not { HasValue: true, Value: { } value }) return null;
        return value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            uint u => u,
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e9 => (long)d,
            float f when f == Math.Floor(f) && Math.Abs(f) < 1e9 => (long)f,
            _ => null,
        };
    }
}
