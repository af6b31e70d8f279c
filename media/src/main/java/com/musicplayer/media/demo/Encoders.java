package com.musicplayer.media.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.javaflacencoder.EncodingConfiguration;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACFileOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;

/** 16-bit mono PCM to FLAC (java-flac-encoder) or to a plain RIFF/WAVE file. */
final class Encoders {

    private static final int BLOCK = 4096;

    private Encoders() {}

    static void flac(short[] samples, Path file) throws IOException {
        FLACEncoder encoder = new FLACEncoder();
        encoder.setStreamConfiguration(new StreamConfiguration(1, BLOCK, BLOCK, Synth.RATE, 16));
        EncodingConfiguration encoding = new EncodingConfiguration();
        // LPC of order 8 only: within 5 % of the exhaustive search's size in a fraction of its time
        encoding.setSubframeType(EncodingConfiguration.SubframeType.LPC);
        encoding.setMinLPCOrder(8);
        encoding.setMaxLPCOrder(8);
        encoder.setEncodingConfiguration(encoding);
        encoder.setThreadCount(1); // the library is generated a track per thread already
        int[] interleaved = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            interleaved[i] = samples[i];
        }
        try (FLACFileOutputStream out = new FLACFileOutputStream(file.toFile())) {
            encoder.setOutputStream(out);
            encoder.openFLACStream();
            encoder.addSamples(interleaved, interleaved.length);
            encoder.encodeSamples(interleaved.length, true); // true: finish, write STREAMINFO with the MD5
        }
    }

    static void wav(short[] samples, Path file) throws IOException {
        int data = samples.length * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data);
        wav.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        wav.putShort((short) 1).putShort((short) 1); // PCM, mono
        wav.putInt(Synth.RATE).putInt(Synth.RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        for (short sample : samples) {
            wav.putShort(sample);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(wav.array());
        }
    }
}
