package org.coprod.codegen;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF generator: model + edit code from a .genmodel, no Eclipse workspace, no OSGi.
 * args[0] = folder holding the bundle projects (each sub folder is mapped to platform:/resource/<name>/)
 * args[1] = genmodel as platform resource path, e.g. /org.coprod.model/model/coprod.genmodel
 */
public class GenerateModelCode {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        String genModelPath = args[1];

        // 1. standalone registration (what the Eclipse extension registry would do)
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        // plugin.xml of jars on the class path: generated_package, genModel locations (Ecore.genmodel) ...
        EcorePlugin.ExtensionProcessor.process(null);

        // 2. platform:/resource/<project>/ -> ./bundles/<project>/  (the generator writes through these URIs)
        try (Stream<Path> s = Files.list(bundles)) {
            s.filter(Files::isDirectory).forEach(p -> EcorePlugin.getPlatformResourceMap()
                    .put(p.getFileName().toString(), URI.createFileURI(p.toString() + File.separator)));
        }
        // projects named in the genmodel that do not exist yet
        for (String project : new String[] { "org.coprod.model", "org.coprod.model.edit" }) {
            Path p = bundles.resolve(project);
            Files.createDirectories(p);
            EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(p.toString() + File.separator));
        }

        // 3. load + validate the genmodel
        ResourceSet rs = new ResourceSetImpl();
        Resource res = rs.getResource(URI.createPlatformResourceURI(genModelPath, true), true);
        GenModel genModel = (GenModel) res.getContents().get(0);
        genModel.reconcile();
        if (Boolean.getBoolean("coprod.saveGenModel")) {
            // After a class or feature was added to the .ecore: write the reconciled genmodel so it lists them too.
            res.save(null);
        }
        genModel.setCanGenerate(true);
        if (Boolean.getBoolean("coprod.format")) genModel.setCodeFormatting(true); // JDT CodeFormatter
        Diagnostic diag = genModel.diagnose();
        if (diag.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel invalid: " + diag);
        }
        System.out.println("codeFormatting=" + genModel.isCodeFormatting() + " importOrganizing=" + genModel.isImportOrganizing()
                + " dynamicTemplates=" + genModel.isDynamicTemplates() + " compliance=" + genModel.getComplianceLevel());

        // 4. generate
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        if (Boolean.getBoolean("coprod.noMerge")) {
            // no JMerge (no JDT needed) -- but then hand edits (@generated NOT) are overwritten on regeneration
            genModel.setFacadeHelperClass("none"); // GenModelGeneratorAdapterFactory copies it into the options
        }
        int rc = 0;
        for (String type : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
            Diagnostic d = generator.generate(genModel, type, new BasicMonitor());
            System.out.println(type + ": " + severity(d.getSeverity()) + " " + d.getMessage());
            print(d, "  ");
            if (d.getSeverity() == Diagnostic.ERROR) rc = 1;
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (rc != 0) System.exit(rc);
    }

    private static void print(Diagnostic d, String indent) {
        for (Diagnostic c : d.getChildren()) {
            System.out.println(indent + severity(c.getSeverity()) + " " + c.getMessage()
                    + (c.getException() != null ? " :: " + c.getException() : ""));
            if (c.getException() != null) c.getException().printStackTrace(System.out);
            print(c, indent + "  ");
        }
    }

    private static String severity(int s) {
        return switch (s) { case Diagnostic.OK -> "OK"; case Diagnostic.INFO -> "INFO"; case Diagnostic.WARNING -> "WARNING";
            case Diagnostic.ERROR -> "ERROR"; default -> "CANCEL"; };
    }
}
