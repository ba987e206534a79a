package org.coprod.export;

import org.eclipse.osgi.util.NLS;

/**
 * What writing a brief says in the workbench (its progress and why it refuses), and what every export says of its
 * destination file and of a table it cannot build, in the language the runtime started in.
 * The brief's own words follow the brief's language instead: they are in brief.properties, read through BriefText.
 */
public final class Messages extends NLS {

    public static String Export_writing;
    public static String Export_assemblingOne;
    public static String Export_assemblingMany;
    public static String Export_writingFormat;
    public static String Export_unknownCase;
    public static String Export_unknownCases;
    public static String Export_noReference;
    public static String Export_destinationExists;
    public static String File_none;
    public static String File_folder;
    public static String File_noFolder;
    public static String File_notWritable;
    public static String File_otherFormat;
    public static String File_inLibrary;
    public static String File_isSource;
    public static String File_link;
    public static String File_notRegular;
    public static String File_denied;
    public static String File_noNewFiles;
    public static String File_noNewFilesBecause;
    public static String File_failed;
    public static String What_brief;
    public static String What_figure;
    public static String What_matrix;
    public static String What_quotations;
    public static String What_results;
    public static String Source_reference;
    public static String Build_csv;
    public static String Build_participedia;
    public static String Build_resultsWorkbook;
    public static String Build_matrixWorkbook;
    public static String Build_word;
    public static String Format_docx;
    public static String Format_md;

    static {
        NLS.initializeMessages("org.coprod.export.messages", Messages.class);
    }

    private Messages() {
    }
}
