package org.gamescloud.ticketing.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.gamescloud.platform.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The QR image of an e-ticket (PNG, rendered with ZXing), shown only to the ticket's owner or an administrator. */
@RestController
class TicketQrController {

    private final Orders orders;

    TicketQrController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping(path = "/ticketing/tickets/{ticketId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String ticketId, Authentication authentication) throws IOException {
        if (authentication == null) {
            throw Problems.forbidden("Sign in to see your tickets");
        }
        Orders.Ticket ticket = orders.findTicket(TicketingApiController.uuid(ticketId))
                .filter(t -> t.qr() != null && !"HELD".equals(t.state()) && !"RELEASED".equals(t.state()))
                .orElseThrow(() -> Problems.notFound("No ticket " + ticketId));
        if (!ticket.account().equals(authentication.getName()) && !TicketingApiController.isAdmin(authentication)) {
            throw Problems.forbidden("Only the ticket's owner may see its QR code");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(png(ticket.qr()));
    }

    static byte[] png(String payload) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            360,
                            360,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IOException(e);
        }
    }
}
