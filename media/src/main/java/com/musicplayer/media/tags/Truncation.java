package com.musicplayer.media.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioHeader;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.mp3.MP3AudioHeader;
import org.jaudiotagger.audio.mp3.MPEGFrameHeader;
import org.jaudiotagger.audio.mp3.XingFrame;

/**
 * Files cut short (an interrupted copy or download) whose headers still read: jaudiotagger reports
 * the length the header promises, so where a container states how many bytes of audio follow, those
 * bytes must be there. Without such a statement (CBR mp3 without an Info frame, FLAC, Ogg) a cut
 * file reads as a shorter or full-length track, as most players treat it.
 */
final class Truncation {

    /** Bytes an encoder's count may be off by (a last partial frame, an ID3v1 tag, padding). */
    private static final long SLACK = 4096;

    private Truncation() {}

    static void check(Path file, AudioFormat format, AudioFile audioFile) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            AudioHeader header = audioFile.getAudioHeader();
            boolean cut = switch (format) {
                case WAV, AIFF ->
                    header.getAudioDataEndPosition() != null
                            && header.getAudioDataEndPosition() > size + 1
                            && header.getAudioDataLength() < 0xFFFF_0000L; // "unknown length" marker
                case FLAC -> header.getAudioDataStartPosition() != null && header.getAudioDataStartPosition() >= size;
                case MP3 -> header instanceof MP3AudioHeader mp3 && mp3Cut(channel, mp3.getMp3StartByte(), size);
                case M4A -> boxOverrunsFile(channel, size);
                default -> false;
            };
            if (cut) {
                throw new CorruptAudioException(file, "the file is cut short: its audio ends before its header says");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Xing/Info frame (LAME, ffmpeg) gives the byte count of the audio from the first frame. */
    private static boolean mp3Cut(FileChannel channel, long start, long size) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(XingFrame.MAX_BUFFER_SIZE_NEEDED_TO_READ_XING);
        channel.read(frame, start);
        frame.flip();
        try {
            MPEGFrameHeader header = MPEGFrameHeader.parseMPEGHeader(frame);
            ByteBuffer xingHeader = XingFrame.isXingFrame(frame, header);
            if (xingHeader == null) {
                return false;
            }
            XingFrame xing = XingFrame.parseXingFrame(xingHeader);
            return xing.isAudioSizeEnabled() && start + (xing.getAudioSize() & 0xFFFF_FFFFL) > size + SLACK;
        } catch (InvalidAudioFrameException e) {
            return false; // no Info frame to compare with
        }
    }

    /** MP4 top-level boxes (ftyp, moov, mdat, ...) each state their size. */
    private static boolean boxOverrunsFile(FileChannel channel, long size) throws IOException {
        long at = 0;
        ByteBuffer head = ByteBuffer.allocate(16);
        while (at + 8 <= size) {
            head.clear();
            channel.read(head, at);
            head.flip();
            if (head.remaining() < 8) {
                return true;
            }
            long box = head.getInt() & 0xFFFF_FFFFL;
            head.getInt(); // type
            if (box == 1) {
                box = head.remaining() >= 8 ? head.getLong() : Long.MAX_VALUE; // 64-bit size follows
            } else if (box == 0) {
                return false; // the last box runs to the end of the file
            }
            if (box < 8 || at + box > size) {
                return true;
            }
            at += box;
        }
        return false;
    }
}
